/**
 * `npm run synth -- [--out DIR] [--seed N] [--figures N] [--years N]`: writes a SYNTHETIC
 * national data set (every province and regency, one source per region and year) into a
 * temporary folder — never into data/ — and prints the folder and its manifest.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeSynthetic } from '../src/lib/synth/write.ts';

const { values } = parseArgs({
	options: {
		out: { type: 'string' },
		seed: { type: 'string', default: '1' },
		figures: { type: 'string' },
		years: { type: 'string', default: '10' },
	},
});

const out = resolve(values.out ?? mkdtempSync(join(tmpdir(), 'pantau-synth-')));
try {
	const manifest = await writeSynthetic({
		out,
		dataDir: 'data',
		seed: Number(values.seed),
		years: Number(values.years),
		...(values.figures ? { figures: Number(values.figures) } : {}),
	});
	console.log(JSON.stringify({ out, ...manifest }));
} catch (error) {
	console.error((error as Error).message);
	process.exit(1);
}
