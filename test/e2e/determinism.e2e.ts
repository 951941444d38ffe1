/** The same data always builds the same site: two builds are byte-identical, file by file. */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from './build.ts';
import { DIST } from './pages.ts';

function hashes(dir: string): Record<string, string> {
	const files = readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((d) => d.isFile())
		.map((d) => join(d.parentPath, d.name))
		.sort();
	return Object.fromEntries(
		files.map((f) => [
			relative(dir, f),
			createHash('sha256').update(readFileSync(f)).digest('hex'),
		]),
	);
}

const second = mkdtempSync(join(tmpdir(), 'pantau-determinism-'));
afterAll(() => rmSync(second, { recursive: true, force: true }));

describe('determinism', () => {
	it('a second build of data/ is byte-identical to dist/', () => {
		buildSite('data', second);
		const a = hashes(DIST);
		const b = hashes(second);
		expect(Object.keys(b)).toEqual(Object.keys(a));
		const differing = Object.keys(a).filter((f) => a[f] !== b[f]);
		expect(differing).toEqual([]);
	});
});
