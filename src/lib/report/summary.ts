/** The plain-text summary `check-data` prints for a valid dataset. */
import type { Dataset } from '../schema/dataset.ts';

export function summarise(dataset: Dataset): string[] {
	const { rowsRead, figuresAccepted, rowsRejected } = dataset.accounting;
	const regions = new Set(dataset.figures.map((f) => f.region));
	const indicators = new Set(dataset.figures.map((f) => f.indicator));
	const unreported = [...dataset.indicators.keys()].filter((id) => !indicators.has(id));
	const lines = [
		`Data in ${dataset.dataDir} is valid (data version ${dataset.version}).`,
		`  sources:    ${dataset.sources.size}`,
		`  figures:    ${figuresAccepted} (rows read ${rowsRead} = ${figuresAccepted} accepted + ${rowsRejected} rejected)`,
		`  regions:    ${regions.size} with figures (${[...regions].sort().join(', ')})`,
		`  indicators: ${indicators.size} of ${dataset.indicators.size} reported`,
	];
	if (unreported.length > 0) lines.push(`  not reported yet: ${unreported.join(', ')}`);
	for (const source of dataset.sources.values()) {
		const count = dataset.figures.filter((f) => f.sourceId === source.id).length;
		lines.push(`  ${source.id}: ${count} figures`);
	}
	return lines;
}
