/**
 * `npm run eval-extract` on a temporary corpus of one short text against
 * test/fixtures/valid/basic: the report, and the flags it refuses.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runScript, tempDir } from './helpers.ts';

const DATA = join(ROOT, 'test/fixtures/valid/basic');
let corpus: string;
let cleanup = () => {};

beforeAll(() => {
	const t = tempDir('pantau-eval-test-');
	corpus = t.dir;
	cleanup = t.cleanup;
	// contoh-2025-04-11 is in the first corpus's held-out half; the second text has no source folder.
	writeFileSync(join(corpus, 'first-corpus.ids'), '# first corpus\ncontoh-2025-04-11\n');
	writeFileSync(
		join(corpus, 'contoh-2025-04-11.txt'),
		'Hingga Maret 2025, cakupan kepesertaan BPJS Ketenagakerjaan di Kabupaten Banyumas baru mencapai 31,6 persen.\n',
	);
	writeFileSync(join(corpus, 'tanpa-sumber-2025.txt'), 'Sebanyak 12 peserta.\n');
	writeFileSync(join(corpus, 'README.md'), 'not an article\n');
});
afterAll(() => cleanup());

const run = (...args: string[]) =>
	runScript('eval-extract', ['--corpus', corpus, '--data-dir', DATA, ...args]);

describe('eval-extract', () => {
	it('reports precision and recall per half, and skips texts without a source folder', () => {
		const r = run();
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		const lines = r.stdout.split('\n');
		expect(lines[0]).toBe(`extract measured on ${corpus}: 1 articles scored, 1 skipped.`);
		expect(lines.find((l) => l.startsWith('held-out'))).toMatch(
			/^held-out\s+1\s+6\s+1\s+1\s+100\.0% \(1\/1\)\s+16\.7% \(1\/6\)/,
		);
		expect(lines.find((l) => l.startsWith('tuning'))).toMatch(/^tuning\s+0\s+0\s+0\s+0\s+–\s+–/);
		expect(lines.find((l) => l.startsWith('held-out-2'))).toMatch(
			/^held-out-2\s+0\s+0\s+0\s+0\s+–\s+–/,
		);
		expect(r.stdout).toContain(
			`  tanpa-sumber-2025: no ${join(DATA, 'sources', 'tanpa-sumber-2025')}/ folder`,
		);
	});

	it('prints JSON for one half', () => {
		const r = run('--json', '--half', 'held-out');
		expect(r.status).toBe(0);
		const json = JSON.parse(r.stdout);
		expect(Object.keys(json.halves)).toEqual(['held-out']);
		expect(json.halves['held-out']).toMatchObject({ articles: 1, truth: 6, right: 1 });
	});

	it('puts an article outside first-corpus.ids in the sealed second held-out set', () => {
		writeFileSync(join(corpus, 'first-corpus.ids'), '# nothing frozen\n');
		try {
			const r = run('--json', '--verbose');
			expect(r.status).toBe(0);
			const json = JSON.parse(r.stdout);
			expect(json.halves['held-out-2']).toMatchObject({ articles: 1, right: 1 });
			expect(json.articles).toEqual([]);
		} finally {
			writeFileSync(join(corpus, 'first-corpus.ids'), 'contoh-2025-04-11\n');
		}
	});

	it('refuses --verbose on the second held-out set, and an unknown half', () => {
		const verbose = run('--half', 'held-out-2', '--verbose');
		expect(verbose.status).toBe(1);
		expect(verbose.stdout).toBe('');
		expect(verbose.stderr).toContain('--verbose is refused with --half held-out-2');
		const half = run('--half', 'test');
		expect(half.status).toBe(1);
		expect(half.stderr).toBe(
			'eval-extract: --half "test" is not a half — use tuning, held-out, held-out-2, all\n',
		);
	});

	it('refits the confidence model on the first corpus only, out of fold', () => {
		const r = run('--fit-confidence');
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		expect(r.stdout).toMatch(/^Confidence fitted on the first corpus: 1 articles, 6 truth rows, /);
		expect(r.stdout).toContain('export const WEIGHTS: Weights = {');
		expect(r.stdout).toContain('Reliability (out-of-fold');
		expect(r.stdout).toMatch(/\n0\.24 +\d+ /);
	});

	it('refuses a corpus without its first-corpus.ids', () => {
		const bare = tempDir('pantau-eval-bare-');
		try {
			const missing = runScript('eval-extract', ['--corpus', bare.dir, '--data-dir', DATA]);
			expect(missing.status).toBe(1);
			expect(missing.stderr).toContain('first-corpus.ids');
		} finally {
			bare.cleanup();
		}
	});
});
