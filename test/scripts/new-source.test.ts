/** `npm run new-source` on a temporary copy of test/fixtures/valid/basic. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/load/load-dataset.ts';
import { FIGURES_HEADER } from '../../src/lib/sources/create-source.ts';
import { runScript, tempData } from './helpers.ts';

let cleanups: (() => void)[] = [];
afterEach(() => {
	for (const c of cleanups) c();
	cleanups = [];
});

function data() {
	const t = tempData();
	cleanups.push(t.cleanup);
	return t;
}

const FLAGS = [
	'--title',
	'Anggaran BPJS Ketenagakerjaan Kota Metro Naik',
	'--publisher',
	'Kupastuntas.co',
	'--published',
	'2025-10-31',
	'--accessed',
	'2025-11-30',
	'--url',
	'https://www.kupastuntas.co/2025/10/31/anggaran-bpjs',
	'--quoted',
	'Imiati|Kepala BPJS Ketenagakerjaan Cabang Metro',
];

describe('new-source', () => {
	it('creates source.json and a header-only figures.csv that check-data accepts', async () => {
		const { data: dir } = data();
		const r = runScript('new-source', [...FLAGS, '--data-dir', dir]);
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		const folder = join(dir, 'sources', 'kupastuntas-2025-10-31');
		expect(r.stdout).toContain(join(folder, 'source.json'));
		expect(JSON.parse(readFileSync(join(folder, 'source.json'), 'utf8'))).toEqual({
			title: 'Anggaran BPJS Ketenagakerjaan Kota Metro Naik',
			publisher: 'Kupastuntas.co',
			url: 'https://www.kupastuntas.co/2025/10/31/anggaran-bpjs',
			published: '2025-10-31',
			accessed: '2025-11-30',
			language: 'id',
			kind: 'news',
			quoted: [{ name: 'Imiati', role: 'Kepala BPJS Ketenagakerjaan Cabang Metro' }],
		});
		expect(readFileSync(join(folder, 'figures.csv'), 'utf8')).toBe(FIGURES_HEADER);
		const { issues, dataset } = await loadDataset(dir);
		expect(issues).toEqual([]);
		expect(dataset.sources.has('kupastuntas-2025-10-31')).toBe(true);
	});

	it('numbers a second article of the same outlet and day -2', () => {
		const { data: dir } = data();
		expect(runScript('new-source', [...FLAGS, '--data-dir', dir]).status).toBe(0);
		const second = FLAGS.map((f) => (f.endsWith('anggaran-bpjs') ? `${f}-2` : f));
		const r = runScript('new-source', [...second, '--data-dir', dir]);
		expect(r.status).toBe(0);
		expect(existsSync(join(dir, 'sources', 'kupastuntas-2025-10-31-2', 'source.json'))).toBe(true);
	});

	it('refuses a URL that is already a source, naming it', () => {
		const { data: dir } = data();
		const r = runScript('new-source', [
			...FLAGS.slice(0, -4),
			'--url',
			'https://www.example.org/berita/cakupan-banyumas/?utm_source=wa',
			'--data-dir',
			dir,
		]);
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('is already a source: contoh-2025-04-11 (url in');
		expect(existsSync(join(dir, 'sources', 'kupastuntas-2025-10-31'))).toBe(false);
	});

	it('refuses an id that already exists, naming the source', () => {
		const { data: dir } = data();
		const r = runScript('new-source', [...FLAGS, '--id', 'contoh-2025-04-11', '--data-dir', dir]);
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('source id contoh-2025-04-11 already exists');
		expect(r.stderr).toContain(join('contoh-2025-04-11', 'source.json'));
	});

	it('refuses an http: URL with the schema message', () => {
		const { data: dir } = data();
		const flags = FLAGS.map((f) => f.replace('https://', 'http://'));
		const r = runScript('new-source', [...flags, '--data-dir', dir]);
		expect(r.status).toBe(1);
		expect(r.stderr).toContain(
			'url: url "http://www.kupastuntas.co/2025/10/31/anggaran-bpjs" is not an https: URL — only https:// links are allowed',
		);
	});

	it('refuses a data folder without sources/', () => {
		const { root } = data();
		const r = runScript('new-source', [...FLAGS, '--data-dir', join(root, 'dta')]);
		expect(r.status).toBe(1);
		expect(r.stderr).toContain(`${join(root, 'dta', 'sources')} does not exist`);
	});

	it('without a terminal, asks for nothing and names the missing flags', () => {
		const { data: dir } = data();
		const r = runScript('new-source', ['--title', 'Judul', '--data-dir', dir]);
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('missing --url, --publisher, --published, --accessed');
	});
});
