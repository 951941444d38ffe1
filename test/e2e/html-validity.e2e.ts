/**
 * Every built HTML page passes html-validate's recommended rules (.htmlvalidate.json lists
 * any exception with its reason).
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlProblems } from './html-check.ts';
import { DIST } from './pages.ts';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((d) => d.isFile() && d.name.endsWith('.html'))
		.map((d) => join(d.parentPath, d.name))
		.sort();
}

describe('HTML validity', () => {
	it('every page in dist/ passes html-validate', async () => {
		const files = htmlFiles(DIST);
		expect(files.length).toBeGreaterThan(10);
		expect(await htmlProblems(files)).toEqual([]);
	});

	it('checks pages outside the repository too (the scale gate builds in a temporary folder)', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'pantau-html-check-'));
		try {
			const file = join(dir, 'index.html');
			writeFileSync(
				file,
				'<!DOCTYPE html><html lang="id"><head><title>x</title></head><body><div><p>a</div></body></html>',
			);
			const problems = await htmlProblems([file]);
			expect(problems).toHaveLength(1);
			expect(problems[0]).toMatch(/^.*index\.html:1:\d+: no-implicit-close: Element <p>/);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
