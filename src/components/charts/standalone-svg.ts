/**
 * Renders a chart as a standalone .svg file with the same components the pages use, through
 * Astro's container API, with the chart stylesheet embedded so the file renders on its own.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { standaloneScene } from '../../lib/chart/standalone.ts';
import type { ChartModel } from '../../lib/chart/model.ts';
import type { Locale } from '../../lib/format/locale.ts';
import ChartSvg from './ChartSvg.astro';
import chartCss from './chart-svg.css?raw';

/** Standalone additions: page-independent ink, background and font. */
const STANDALONE_CSS = `svg{color:#1b1b1b;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}.bg{fill:#fff}.lead{font-size:14px}@media (prefers-color-scheme:dark){svg{color:#ececec}.bg{fill:#121212}}`;

/** The stylesheet without comments and indentation: the file carries only what it needs. */
function minify(css: string): string {
	return css
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.replace(/\s*\n\s*/g, '')
		.replace(/\s*([{}:;,])\s*/g, '$1');
}

let container: AstroContainer | undefined;

/** The SVG document of a chart; `site` names where it comes from (e.g. the site's host). */
export async function renderStandaloneSvg(
	model: ChartModel,
	locale: Locale,
	site: string,
): Promise<string> {
	container ??= await AstroContainer.create();
	const scene = standaloneScene(model, locale, site);
	const svg = await container.renderToString(ChartSvg, {
		props: {
			scene,
			uid: model.uid,
			title: model.title,
			description: model.description,
			role: model.role,
			css: `${minify(chartCss)}${STANDALONE_CSS}`,
		},
	});
	return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`;
}
