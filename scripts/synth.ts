/**
 * `npm run synth -- [--out DIR] [--seed N] [--figures N] [--years N]`: writes a SYNTHETIC
 * national data set (every province and regency, one source per region and year) into a
 * temporary folder — never into data/ — and prints the folder and its manifest.
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { officialRegions } from '../src/lib/load/official-regions.ts';
import { generateSynthetic } from '../src/lib/synth/generate.ts';

const { values } = parseArgs({
	options: {
		out: { type: 'string' },
		seed: { type: 'string', default: '1' },
		figures: { type: 'string' },
		years: { type: 'string', default: '10' },
	},
});

const out = resolve(values.out ?? mkdtempSync(join(tmpdir(), 'pantau-synth-')));
if (out === resolve('data') || out.startsWith(resolve('data') + '/')) {
	console.error(
		`refusing to write synthetic data into ${out}: data/ holds only sourced figures — choose another --out`,
	);
	process.exit(1);
}

const national = {
	code: 'ID',
	name: 'Indonesia',
	nameEn: 'Indonesia',
	kind: 'country' as const,
	slug: 'indonesia',
	parent: null,
	covers: [],
};
const regions = [national, ...(await officialRegions())];
const { sources, manifest } = generateSynthetic({
	regions,
	firstYear: 2015,
	years: Number(values.years),
	seed: Number(values.seed),
	plantEvery: 50,
	...(values.figures ? { maxFigures: Number(values.figures) } : {}),
});

mkdirSync(join(out, 'sources'), { recursive: true });
copyFileSync('data/indicators.csv', join(out, 'indicators.csv'));
copyFileSync('data/areas.csv', join(out, 'areas.csv'));
for (const source of sources) {
	const dir = join(out, 'sources', source.id);
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, 'source.json'), source.json);
	writeFileSync(join(dir, 'figures.csv'), source.csv);
}
writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, '\t')}\n`);
console.log(JSON.stringify({ out, ...manifest }));
