/** `npm run extract` on a seed article: stdout, --out, --region and the data-folder guard. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { DRAFT_COLUMNS } from '../../src/lib/extract/draft-csv.ts';
import { ROOT, runScript, tempData } from './helpers.ts';

const ARTICLE = join(ROOT, 'test/fixtures/articles/000-kupastuntas-2025-10-31.txt');

let cleanups: (() => void)[] = [];
afterEach(() => {
	for (const c of cleanups) c();
	cleanups = [];
});

const rows = (csv: string) =>
	Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;

describe('extract', () => {
	it('prints the draft CSV on stdout and a summary on stderr', () => {
		const r = runScript('extract', [ARTICLE]);
		expect(r.status).toBe(0);
		expect(r.stdout.split('\n')[0]).toBe(DRAFT_COLUMNS.join(','));
		const draft = rows(r.stdout);
		expect(draft.find((d) => d['value'] === '1842248232')).toMatchObject({
			region: '18.72',
			indicator: 'contribution_aid_budget',
			funding: 'APBD',
			period: '2025',
		});
		expect(r.stderr).toContain(`${draft.length} candidate rows`);
		expect(r.stderr).toContain('Article date: 2025-10-31 (dateline "31 Oktober 2025").');
	});

	it('writes --out outside the data folder, with every row in --region', () => {
		const t = tempData();
		cleanups.push(t.cleanup);
		const out = join(t.root, 'draft.csv');
		const r = runScript('extract', [ARTICLE, '--region', '18', '--out', out, '--data-dir', t.data]);
		expect(r.status).toBe(0);
		expect(r.stdout).toBe('');
		expect(r.stderr).toContain(`Wrote ${out}`);
		const draft = rows(readFileSync(out, 'utf8'));
		expect(draft.length).toBeGreaterThan(10);
		expect(new Set(draft.map((d) => d['region']))).toEqual(new Set(['18']));
	});

	it('refuses an --out path inside the data folder', () => {
		const t = tempData();
		cleanups.push(t.cleanup);
		const out = join(t.data, 'sources', 'contoh-2025-04-11', 'figures.csv');
		const before = readFileSync(out, 'utf8');
		const r = runScript('extract', [ARTICLE, '--out', out, '--data-dir', t.data]);
		expect(r.status).toBe(1);
		expect(r.stderr).toContain(`extract: refusing to write ${out}: it is inside the data folder`);
		expect(readFileSync(out, 'utf8')).toBe(before);
		const relative = runScript('extract', [ARTICLE, '--out', 'data/draft.csv'], t.root);
		expect(relative.status).toBe(1);
		expect(relative.stderr).toContain('refusing to write data/draft.csv');
		expect(existsSync(join(t.data, 'draft.csv'))).toBe(false);
	});

	it('refuses an unknown --region and a missing article', () => {
		const region = runScript('extract', [ARTICLE, '--region', '99.99']);
		expect(region.status).toBe(1);
		expect(region.stderr).toContain('--region "99.99" does not exist');
		const missing = runScript('extract', ['no-such-article.txt']);
		expect(missing.status).toBe(1);
		expect(missing.stderr).toContain('extract: cannot read no-such-article.txt');
	});
});
