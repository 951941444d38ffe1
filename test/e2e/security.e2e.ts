/**
 * Security properties of every built page: a Content-Security-Policy, no inline event
 * handler, no script or link URL other than https: or same-site, and external links that
 * open without handing the site's window to the target (rel="noopener noreferrer").
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { DIST } from './pages.ts';

type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

function elements(node: Node, found: Element[] = []): Element[] {
	if ('tagName' in node) found.push(node);
	for (const child of 'childNodes' in node ? node.childNodes : []) elements(child, found);
	if ('content' in node && node.content) elements(node.content, found);
	return found;
}

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

/** The page's Content-Security-Policy (its <meta http-equiv>), or undefined when it has none. */
function policyOf(elements: Element[]): string | undefined {
	const meta = elements.find(
		(el) =>
			el.tagName === 'meta' && attr(el, 'http-equiv')?.toLowerCase() === 'content-security-policy',
	);
	return meta ? (attr(meta, 'content') ?? '') : undefined;
}

const pages = readdirSync(DIST, { withFileTypes: true, recursive: true })
	.filter((d) => d.isFile() && d.name.endsWith('.html'))
	.map((d) => join(d.parentPath, d.name))
	.sort()
	.map((file) => ({ file, elements: elements(parse(readFileSync(file, 'utf8'))) }));

describe('security of the built pages', () => {
	it('finds the pages', () => {
		expect(pages.length).toBeGreaterThan(20);
	});

	it('every page carries a Content-Security-Policy without unsafe-inline scripts', () => {
		const missing = pages.filter((p) => {
			const policy = policyOf(p.elements);
			const scripts = /script-src[^;]*/.exec(policy ?? '')?.[0] ?? '';
			return !policy?.includes('script-src') || scripts.includes("'unsafe-inline'");
		});
		expect(missing.map((p) => p.file)).toEqual([]);
	});

	it("every inline stylesheet is allowed by its hash in the page's policy, and a linked one is same-site", () => {
		const found = pages.flatMap((p) => {
			const styleSrc = /style-src[^;]*/.exec(policyOf(p.elements) ?? '')?.[0] ?? '';
			const inline = p.elements
				.filter((el) => el.tagName === 'style')
				.map((el) => el.childNodes.map((n) => ('value' in n ? n.value : '')).join(''))
				.filter(
					(css) =>
						!styleSrc.includes(`'sha256-${createHash('sha256').update(css).digest('base64')}'`),
				)
				.map((css) => `${p.file}: <style> not in style-src: ${css.slice(0, 60)}`);
			const linked = p.elements.some(
				(el) => el.tagName === 'link' && attr(el, 'rel') === 'stylesheet',
			);
			const self =
				linked && !styleSrc.includes("'self'") ? [`${p.file}: style-src lacks 'self'`] : [];
			return [...inline, ...self];
		});
		expect(found).toEqual([]);
	});

	it('no element has an inline event handler', () => {
		const found = pages.flatMap((p) =>
			p.elements.flatMap((el) =>
				el.attrs
					.filter((a) => /^on/i.test(a.name))
					.map((a) => `${p.file}: <${el.tagName} ${a.name}>`),
			),
		);
		expect(found).toEqual([]);
	});

	it('links and sources are https: or same-site, never javascript: or data:', () => {
		const found = pages.flatMap((p) =>
			p.elements.flatMap((el) =>
				el.attrs
					.filter((a) => ['href', 'src', 'action'].includes(a.name))
					.filter(
						(a) =>
							!/^(https:|\/|#|\.\.?\/|mailto:)/.test(a.value) ||
							/^\s*(javascript|data|vbscript):/i.test(a.value),
					)
					.filter((a) => !(el.tagName === 'link' && a.value.startsWith('https://'))) // canonical, alternates
					.map((a) => `${p.file}: <${el.tagName} ${a.name}="${a.value.slice(0, 80)}">`),
			),
		);
		expect(found).toEqual([]);
	});

	it('external links carry rel="noopener noreferrer"', () => {
		const found = pages.flatMap((p) =>
			p.elements
				.filter((el) => el.tagName === 'a' && /^https?:/.test(attr(el, 'href') ?? ''))
				.filter((el) => {
					const rel = (attr(el, 'rel') ?? '').split(/\s+/);
					return !rel.includes('noopener') || !rel.includes('noreferrer');
				})
				.map(
					(el) =>
						`${p.file}: <a href="${(attr(el, 'href') ?? '').slice(0, 80)}" rel="${attr(el, 'rel') ?? ''}">`,
				),
		);
		expect(found).toEqual([]);
	});
});
