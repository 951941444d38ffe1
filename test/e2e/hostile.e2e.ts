/**
 * Hostile data never reaches a reader as code. test/fixtures/hostile/ passes check-data
 * but every text field tries to become markup, a script or a link; built, the site must
 * show it as inert text. (Hostile URLs, bidi controls and 100 KB strings are rejected by
 * check-data: see test/fixtures/invalid/.) Pages are parsed as a browser parses them
 * (parse5), so text that merely looks like a tag is not mistaken for one.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from './build.ts';

type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

const out = mkdtempSync(join(tmpdir(), 'pantau-hostile-'));
let pages: { file: string; html: string; elements: Element[] }[] = [];

/** Every element of a parsed document, depth first (template contents included). */
function elements(node: Node, found: Element[] = []): Element[] {
	if ('tagName' in node) found.push(node);
	const children = 'childNodes' in node ? node.childNodes : [];
	for (const child of children) elements(child, found);
	if ('content' in node && node.content) elements(node.content, found);
	return found;
}

beforeAll(() => {
	buildSite('test/fixtures/hostile', out);
	pages = readdirSync(out, { withFileTypes: true, recursive: true })
		.filter((d) => d.isFile() && d.name.endsWith('.html'))
		.map((d) => join(d.parentPath, d.name))
		.map((file) => {
			const html = readFileSync(file, 'utf8');
			return { file, html, elements: elements(parse(html)) };
		});
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

const URL_ATTRIBUTES = new Set([
	'href',
	'src',
	'action',
	'formaction',
	'xlink:href',
	'poster',
	'data',
]);

describe('hostile data renders as inert text', () => {
	it('builds pages that show the hostile source, as text', () => {
		const shown = pages.filter((p) => p.html.includes('SYNTHETIC hostile fixture'));
		expect(shown.length).toBeGreaterThan(0);
		expect(shown.some((p) => p.html.includes('&lt;script&gt;alert(9)&lt;/script&gt;'))).toBe(true);
	});

	it('no element carries an event-handler attribute', () => {
		const found = pages.flatMap((p) =>
			p.elements.flatMap((el) =>
				el.attrs
					.filter((a) => /^on/i.test(a.name))
					.map((a) => `${p.file}: <${el.tagName} ${a.name}>`),
			),
		);
		expect(found).toEqual([]);
	});

	it('no href, src or action uses javascript:, data: or vbscript:', () => {
		const found = pages.flatMap((p) =>
			p.elements.flatMap((el) =>
				el.attrs
					.filter(
						(a) => URL_ATTRIBUTES.has(a.name) && /^\s*(javascript|data|vbscript):/i.test(a.value),
					)
					.map((a) => `${p.file}: <${el.tagName} ${a.name}="${a.value}">`),
			),
		);
		expect(found).toEqual([]);
	});

	it('no element from the data: no img src=x, iframe, b, svg onload; scripts hold no data', () => {
		const injected = pages.flatMap((p) =>
			p.elements
				.filter(
					(el) =>
						(el.tagName === 'img' && el.attrs.some((a) => a.name === 'src' && a.value === 'x')) ||
						el.tagName === 'iframe' ||
						el.tagName === 'b' ||
						(el.tagName === 'svg' && el.attrs.some((a) => a.name === 'onload')),
				)
				.map((el) => `${p.file}: <${el.tagName}>`),
		);
		expect(injected).toEqual([]);
		for (const p of pages) {
			for (const el of p.elements.filter((e) => e.tagName === 'script')) {
				const type = el.attrs.find((a) => a.name === 'type')?.value ?? '';
				const body = el.childNodes.map((c) => ('value' in c ? c.value : '')).join('');
				if (type === 'application/ld+json') {
					// Data inside JSON-LD is fine as long as it cannot close the element.
					expect(body, `${p.file}: raw < in JSON-LD`).not.toMatch(/</);
					expect(() => JSON.parse(body), `${p.file}: JSON-LD does not parse`).not.toThrow();
				} else {
					expect(body, `${p.file}: a script contains data text`).not.toMatch(/alert\(/);
				}
			}
			const styles = p.elements
				.filter((e) => e.tagName === 'style')
				.map((e) => e.childNodes.map((c) => ('value' in c ? c.value : '')).join(''));
			expect(
				styles.some((s) => s.includes('*{display:none}')),
				`${p.file}: data closed a style element`,
			).toBe(false);
		}
	});
});
