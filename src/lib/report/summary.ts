/** The plain-text summary `check-data` prints for a valid dataset and its analysis. */
import type { Analysis, CheckResult } from '../schema/analysis.ts';
import type { Dataset } from '../schema/dataset.ts';

/** At most this many region codes are listed; a national data set has hundreds. */
const LISTED_REGIONS = 20;

/** "a, b, c" or, for a long list, its first items and "… and N more". */
function listed(items: readonly string[], max: number): string {
	if (items.length <= max) return items.join(', ');
	return `${items.slice(0, max).join(', ')} … and ${items.length - max} more`;
}

/** Counts of the dataset: sources, figures, regions, indicators. */
export function summarise(dataset: Dataset): string[] {
	const { rowsRead, figuresAccepted, rowsRejected } = dataset.accounting;
	const regions = new Set<string>();
	const indicators = new Set<string>();
	const bySource = new Map<string, number>();
	for (const f of dataset.figures) {
		regions.add(f.region);
		indicators.add(f.indicator);
		bySource.set(f.sourceId, (bySource.get(f.sourceId) ?? 0) + 1);
	}
	const unreported = [...dataset.indicators.keys()].filter((id) => !indicators.has(id));
	const lines = [
		`Data in ${dataset.dataDir} is valid (data version ${dataset.version}).`,
		`  sources:    ${dataset.sources.size}`,
		`  figures:    ${figuresAccepted} (rows read ${rowsRead} = ${figuresAccepted} accepted + ${rowsRejected} rejected)`,
		`  regions:    ${regions.size} with figures (${listed([...regions].sort(), LISTED_REGIONS)})`,
		`  indicators: ${indicators.size} of ${dataset.indicators.size} reported`,
	];
	if (unreported.length > 0) lines.push(`  not reported yet: ${unreported.join(', ')}`);
	for (const source of dataset.sources.values())
		lines.push(`  ${source.id}: ${bySource.get(source.id) ?? 0} figures`);
	return lines;
}

/** "rule n, rule n" in alphabetical order of rule. */
function countBy<T>(items: readonly T[], key: (item: T) => string): string {
	const counts = new Map<string, number>();
	for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
	return [...counts.entries()]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([k, n]) => `${k} ${n}`)
		.join(', ');
}

/** Where a check's reported figure is, as `path:line:1` (editors jump there). */
function locator(dataset: Dataset): (check: CheckResult) => string {
	const byId = new Map(dataset.figures.map((f) => [f.id, f]));
	return (check) => {
		const figure = byId.get(check.reportedId);
		return figure ? `${figure.location.file}:${figure.location.line}:1` : check.reportedId;
	};
}

/**
 * What the analysis found, as warnings: facts about the sources, not errors in the data.
 * Derived figures by rule; every mismatch with its arithmetic; the within-rounding results;
 * every conflict with the figures on each side; every plan beside its realisation.
 */
export function summariseAnalysis(dataset: Dataset, analysis: Analysis): string[] {
	const { derived, checks, conflicts, stages } = analysis;
	const locationOf = locator(dataset);
	const of = (status: CheckResult['status']) => checks.filter((c) => c.status === status);
	const mismatches = of('mismatch');
	const within = of('within_rounding');
	const lines = [
		'',
		`Derived figures: ${derived.length}${derived.length > 0 ? ` (${countBy(derived, (d) => d.rule)})` : ''}`,
		`Cross-checks: ${checks.length} (${of('pass').length} pass, ${within.length} within rounding, ${mismatches.length} mismatch)`,
		`Conflicts between sources: ${conflicts.length}`,
		`Plans beside their realisation: ${stages.length}`,
	];
	for (const c of mismatches) {
		lines.push(`${locationOf(c)}: warning: mismatch (${c.rule}, ${c.id}): ${c.arithmetic.en}`);
		lines.push(`  ${c.message.en}`);
	}
	if (within.length > 0) lines.push(`warning: ${within.length} checks agree only within rounding:`);
	for (const c of within) lines.push(`  ${locationOf(c)}: ${c.rule}: ${c.arithmetic.en}`);
	for (const k of conflicts) {
		lines.push(`warning: conflict (${k.id}): ${k.message.en}`);
		lines.push(`  figures: ${k.figureIds.join(', ')}`);
	}
	for (const s of stages) {
		lines.push(`note: plan and realisation (${s.id}): ${s.message.en}`);
		lines.push(`  figures: ${s.figureIds.join(', ')}`);
	}
	return lines;
}
