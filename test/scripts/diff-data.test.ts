/**
 * `npm run diff-data` in a temporary git repository: data committed on main, then changed on
 * a branch (a value and quote corrected, a row removed, a source added).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, cleanEnv, runScript, tempDir } from './helpers.ts';

let repo: string;
let cleanup = () => {};

function git(...args: string[]): string {
	return execFileSync(
		'git',
		[
			'-c',
			'user.name=Test',
			'-c',
			'user.email=test@example.org',
			'-c',
			'commit.gpgsign=false',
			...args,
		],
		{ cwd: repo, encoding: 'utf8', env: cleanEnv() },
	);
}

beforeAll(() => {
	const t = tempDir('pantau-diff-test-');
	repo = t.dir;
	cleanup = t.cleanup;
	git('init', '--quiet', '--initial-branch=main');
	writeFileSync(join(repo, 'README.md'), 'test repository\n');
	git('add', '.');
	git('commit', '--quiet', '-m', 'before data');
	git('tag', 'no-data');
	cpSync(join(ROOT, 'test/fixtures/valid/basic'), join(repo, 'data'), { recursive: true });
	git('add', '.');
	git('commit', '--quiet', '-m', 'data');
	git('checkout', '--quiet', '-b', 'change');
	const csv = join(repo, 'data/sources/contoh-2025-04-11/figures.csv');
	const lines = readFileSync(csv, 'utf8')
		.replace(
			'2025-03,31.6,,"cakupan kepesertaan BPJS Ketenagakerjaan di Kabupaten Banyumas baru mencapai 31,6 persen"',
			'2025-03,31.7,,"cakupan kepesertaan BPJS Ketenagakerjaan di Kabupaten Banyumas baru mencapai 31,7 persen"',
		)
		.split('\n')
		.filter((line) => !line.includes('159475'));
	writeFileSync(csv, lines.join('\n'));
	cpSync(
		join(repo, 'data/sources/contoh-2025-04-11'),
		join(repo, 'data/sources/contoh-2025-04-12'),
		{
			recursive: true,
		},
	);
	const copy = join(repo, 'data/sources/contoh-2025-04-12/source.json');
	writeFileSync(copy, readFileSync(copy, 'utf8').replace('"2025-04-11"', '"2025-04-12"'));
	git('add', '.');
	git('commit', '--quiet', '-m', 'change');
});
afterAll(() => cleanup());

describe('diff-data', () => {
	it('reports figures, sources and pages changed against a ref', () => {
		const r = runScript('diff-data', ['main'], repo);
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		const md = r.stdout;
		expect(md.split('\n')[0]).toBe('## Data changes compared with `main`');
		expect(md).toContain(
			'**5 figures added, 1 removed, 1 changed · 1 source added, 0 removed, 0 changed',
		);
		expect(md).toContain('- added `contoh-2025-04-12`');
		expect(md).toMatch(
			/\| changed \| `f-\w+` \| coverage_rate \| {2}\| 2025-03 \| 31\.6 → 31\.7 \|/,
		);
		expect(md).toMatch(
			/\| removed \| `f-\w+` \| active_participants \| PU \| 2025-03 \| 159475 \|/,
		);
		expect(md).toContain('- /wilayah/kabupaten-banyumas/');
		expect(md).toContain('- /sumber/contoh-2025-04-11/');
		expect(md).toContain('- /sumber/contoh-2025-04-12/');
		expect(md).toContain('- /indikator/coverage_rate/');
	});

	it('compares the working tree, and honours --data-dir', () => {
		const r = runScript('diff-data', ['change', '--data-dir', join(repo, 'data')], ROOT);
		expect(r.status).toBe(0);
		expect(r.stdout).toBe('## Data changes compared with `change`\n\nNo changes to the data.\n');
	});

	it('treats a ref without the data folder as empty', () => {
		const r = runScript('diff-data', ['no-data'], repo);
		expect(r.status).toBe(0);
		expect(r.stdout).toContain('**10 figures added, 0 removed, 0 changed · 2 sources added');
	});

	it('refuses an unknown ref', () => {
		const r = runScript('diff-data', ['no-such-branch'], repo);
		expect(r.status).toBe(1);
		expect(r.stderr).toBe(
			'diff-data: "no-such-branch" is not a commit, branch or tag of this repository\n',
		);
	});
});
