/**
 * `npm run sample-figures -- [--count 10] [--seed N] [--data-dir data]` prints figures chosen
 * at random, each with its source's URL and quote, so anyone can open the pages and verify them.
 * The seed is printed: the same seed on the same data gives the same sample.
 */
import { randomInt } from 'node:crypto';
import { parseArgs } from 'node:util';
import { defaultDataDir, loadDataset } from '../src/lib/load/load-dataset.ts';
import { sampleIndices } from '../src/lib/report/sample.ts';

const { values } = parseArgs({
	options: {
		count: { type: 'string' },
		seed: { type: 'string' },
		'data-dir': { type: 'string' },
	},
	strict: true,
});
const seed = values.seed === undefined ? randomInt(2 ** 31) : Number(values.seed);
const count = Number(values.count ?? 10);
const { dataset } = await loadDataset(values['data-dir'] ?? defaultDataDir());
const figures = dataset.figures;
console.log(`${count} of ${figures.length} figures, seed ${seed}:\n`);
for (const [n, i] of sampleIndices(figures.length, count, seed).entries()) {
	const f = figures[i];
	if (!f) continue;
	const source = dataset.sources.get(f.sourceId);
	const breakdown = [
		f.segment,
		f.program,
		f.funding,
		f.level,
		f.basis === 'actual' ? null : f.basis,
	]
		.filter(Boolean)
		.join(', ');
	console.log(
		`${n + 1}. ${f.region} ${f.indicator}${breakdown ? ` (${breakdown})` : ''} ${f.period.text} = ${f.value}${f.qualifier ? ` [${f.qualifier}]` : ''}`,
	);
	console.log(`   quote: "${f.quote}"`);
	console.log(
		`   source: ${source?.publisher ?? f.sourceId}, ${source?.published ?? ''} — ${source?.url ?? '(no url: see its note)'}`,
	);
	console.log(`   row: ${f.location.file}:${f.location.line}`);
}
