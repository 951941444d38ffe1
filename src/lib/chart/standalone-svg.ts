/** A chart as a standalone .svg document: the standalone scene with its stylesheet inside. */
import type { Locale } from '../format/locale.ts';
import type { ChartModel } from './model.ts';
import { standaloneScene } from './standalone.ts';
import { svgMarkup } from './svg-markup.ts';

/** Standalone additions: page-independent ink, background and font. */
const STANDALONE_CSS = `svg{color:#1b1b1b;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}.bg{fill:#fff}.lead{font-size:14px}@media (prefers-color-scheme:dark){svg{color:#ececec}.bg{fill:#121212}}`;

/** The SVG file; `host` names where it comes from, `chartCss` is the drawing's stylesheet. */
export function standaloneSvg(
	model: ChartModel,
	locale: Locale,
	host: string,
	chartCss: string,
): string {
	const svg = svgMarkup(standaloneScene(model, locale, host), {
		uid: model.uid,
		title: model.title,
		description: model.description,
		role: model.role,
		css: `${chartCss}${STANDALONE_CSS}`,
	});
	return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`;
}
