/**
 * The drawing of a downloadable .svg: the wide chart under its title and takeaway, with the
 * sources and the site's address at the bottom, on a background of its own.
 */
import type { Locale } from '../format/locale.ts';
import { CHART_STRINGS } from '../../i18n/charts.ts';
import { FONT, WIDTH } from './frames.ts';
import type { ChartModel } from './model.ts';
import { r1, type Mark, type Scene } from './scene.ts';
import { wrapText } from './text-metrics.ts';

const LINE = 20;

/** Wraps the wide scene with header and footer text; `site` is the site's host name. */
export function standaloneScene(model: ChartModel, locale: Locale, site: string): Scene {
	const s = CHART_STRINGS[locale];
	const pad = 16;
	const inner = WIDTH.wide;
	const width = inner + 2 * pad;
	const marks: Mark[] = [];
	let y = pad;
	const lines = (text: string, cls: string, size: number) => {
		for (const line of wrapText(text, inner, size)) {
			y += size === FONT.label ? LINE : LINE - 2;
			marks.push({ type: 'text', x: pad, y: r1(y), text: line, cls });
		}
	};
	lines(model.title, 'head', FONT.label);
	lines(model.takeaway, 'lead', FONT.label);
	for (const flag of model.flags) lines(`! ${flag}`, 'lead', FONT.label);
	y += 16;
	const chart = model.scenes.wide;
	marks.push({ type: 'group', dx: pad, dy: r1(y), marks: chart.marks });
	y += chart.height + 12;
	const sources = model.sources.map((src) => `${src.title}, ${src.publisher}`).join('; ');
	if (sources) lines(`${s.sources}: ${sources}`, 'tick', FONT.small);
	lines(site, 'tick', FONT.small);
	const height = r1(y + pad);
	return {
		width,
		height,
		marks: [{ type: 'rect', x: 0, y: 0, width, height, cls: 'bg' }, ...marks],
	};
}
