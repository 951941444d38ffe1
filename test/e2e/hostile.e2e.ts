/**
 * Hostile data never reaches a reader as code. test/fixtures/hostile/ passes check-data
 * but every text field tries to become markup, a script or a link; built, the site must
 * show it as inert text. (Hostile URLs, bidi controls and 100 KB strings are rejected by
 * check-data: see test/fixtures/invalid/.)
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from './build.ts';

const out = mkdtempSync(join(tmpdir(), 'pantau-hostile-'));
let pages: { file: string; html: string }[] = [];

beforeAll(() => {
	buildSite('test/fixtures/hostile', out);
	pages = readdirSync(out, { withFileTypes: true, recursive: true })
		.filter((d) => d.isFile() && /\.(html|svg|xml)$/.test(d.name))
		.map((d) => join(d.parentPath, d.name))
		.map((file) => ({ file, html: readFileSync(file, 'utf8') }));
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Every start tag in a page, as [name, raw attributes]. */
function tags(html: string): [string, string][] {
	return [...html.matchAll(/<([a-zA-Z][\w:-]*)((?:\s[^>]*)?)>/g)].map((m) => [
		(m[1] ?? '').toLowerCase(),
		m[2] ?? '',
	]);
}

describe('hostile data renders as inert text', () => {
	it('builds pages that show the hostile source', () => {
		const shown = pages.filter((p) => p.html.includes('SYNTHETIC hostile fixture'));
		expect(shown.length).toBeGreaterThan(0);
		// The text is there, escaped.
		expect(shown.some((p) => p.html.includes('&lt;script&gt;alert(9)&lt;/script&gt;'))).toBe(true);
	});

	it('no event-handler attribute appears anywhere', () => {
		const found = pages.flatMap((p) =>
			tags(p.html)
				.filter(([, attrs]) => /\son[a-z]+\s*=/i.test(attrs))
				.map(([name, attrs]) => `${p.file}: <${name}${attrs}>`),
		);
		expect(found).toEqual([]);
	});

	it('no href, src or action uses javascript: or data:', () => {
		const found = pages.flatMap((p) =>
			[
				...p.html.matchAll(
					/\s(?:href|src|action|xlink:href|formaction)\s*=\s*["']?\s*(javascript|data|vbscript):/gi,
				),
			].map((m) => `${p.file}: ${m[0]}`),
		);
		expect(found).toEqual([]);
	});

	it('no injected element: no img, iframe, svg onload or script from the data', () => {
		const found = pages.flatMap((p) =>
			tags(p.html)
				.filter(
					([name, attrs]) =>
						(name === 'img' && /src=x/.test(attrs)) ||
						name === 'iframe' ||
						(name === 'b' && /onmouseover/.test(attrs)),
				)
				.map(([name]) => `${p.file}: <${name}>`),
		);
		expect(found).toEqual([]);
		for (const p of pages) {
			for (const [, attrs, body = ''] of p.html.matchAll(
				/<script\b([^>]*)>([\s\S]*?)<\/script>/gi,
			)) {
				if (/application\/ld\+json/.test(attrs ?? '')) {
					// Data inside JSON-LD is fine as long as it cannot close the element.
					expect(body, `${p.file}: raw < in JSON-LD`).not.toMatch(/</);
					expect(() => JSON.parse(body), `${p.file}: JSON-LD does not parse`).not.toThrow();
				} else {
					expect(body, `${p.file}: a script contains data text`).not.toMatch(/alert\(/);
				}
			}
			expect(p.html, `${p.file}: data closed a style element`).not.toMatch(
				/<style>\*\{display:none\}/,
			);
		}
	});
});
