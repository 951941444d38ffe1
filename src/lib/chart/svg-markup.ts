/**
 * A scene as SVG markup: the one renderer behind the charts on pages, the embed pages and
 * the downloadable .svg files. Marks map one to one to elements; all text is escaped.
 */
import { attrs, escapeHtml } from '../html/escape.ts';
import type { Mark, Scene } from './scene.ts';

/** What names and describes a drawing. */
export interface SvgOptions {
	/** Prefix of element ids, unique on the page. */
	uid: string;
	title: string;
	description: string;
	role: 'img' | 'group';
	class?: string;
	/** Stylesheet to embed: only for a standalone .svg file (adds xmlns, width, height). */
	css?: string;
}

function markMarkup(m: Mark, uid: string): string {
	switch (m.type) {
		case 'rect':
			return `<rect${attrs({ x: m.x, y: m.y, width: m.width, height: m.height, class: m.cls, fill: m.fill ? `url(#${uid}-${m.fill})` : undefined })}></rect>`;
		case 'circle':
			return `<circle${attrs({ cx: m.cx, cy: m.cy, r: m.r, class: m.cls })}></circle>`;
		case 'line':
			return `<line${attrs({ x1: m.x1, y1: m.y1, x2: m.x2, y2: m.y2, class: m.cls })}></line>`;
		case 'path':
			return `<path${attrs({ d: m.d, class: m.cls })}></path>`;
		case 'text':
			return `<text${attrs({ x: m.x, y: m.y, class: m.cls, 'text-anchor': m.anchor })}>${escapeHtml(m.text)}</text>`;
		case 'link':
			return `<a${attrs({ href: m.href, 'aria-label': m.label })}>${marksMarkup(m.marks, uid)}</a>`;
		case 'group':
			return `<g transform="translate(${m.dx} ${m.dy})">${marksMarkup(m.marks, uid)}</g>`;
	}
}

function marksMarkup(marks: readonly Mark[], uid: string): string {
	let out = '';
	for (const m of marks) out += markMarkup(m, uid);
	return out;
}

/** The hatch patterns rects refer to with `fill: 'hatch' | 'hatch-muted'`. */
function patterns(uid: string): string {
	const pattern = (id: string, cls: string) =>
		`<pattern id="${escapeHtml(id)}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" class="${cls}"></line></pattern>`;
	return `<defs>${pattern(`${uid}-hatch`, 'hatch-line')}${pattern(`${uid}-hatch-muted`, 'nodata-line')}</defs>`;
}

/** An accessible <svg>: role, title and description (naming every value), patterns, marks. */
export function svgMarkup(scene: Scene, o: SvgOptions): string {
	const standalone = o.css !== undefined;
	const open = attrs({
		xmlns: standalone ? 'http://www.w3.org/2000/svg' : undefined,
		viewBox: `0 0 ${scene.width} ${scene.height}`,
		width: standalone ? scene.width : undefined,
		height: standalone ? scene.height : undefined,
		class: o.class ? `chart-svg ${o.class}` : 'chart-svg',
		role: o.role,
		'aria-labelledby': `${o.uid}-title`,
		'aria-describedby': `${o.uid}-desc`,
	});
	// The stylesheet is ours (never data); "</" cannot occur in it, so it needs no escaping.
	const style = standalone ? `<style>${o.css ?? ''}</style>` : '';
	return `<svg${open}><title id="${escapeHtml(o.uid)}-title">${escapeHtml(o.title)}</title><desc id="${escapeHtml(o.uid)}-desc">${escapeHtml(o.description)}</desc>${style}${patterns(o.uid)}${marksMarkup(scene.marks, o.uid)}</svg>`;
}
