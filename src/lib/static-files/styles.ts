/**
 * The stylesheets of the files written outside Astro (embed pages, .svg downloads), read
 * from src/styles/ — the same files Astro bundles into the pages — and minified.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The stylesheets an embed page or an .svg file carries. */
export interface ChartStyles {
	/** The drawing (src/styles/chart-svg.css). */
	svg: string;
	/** The figure around it (src/styles/chart.css). */
	figure: string;
	/** The embed page itself (src/styles/embed.css). */
	embed: string;
}

/** Comments, indentation and spaces around punctuation removed. */
export function minifyCss(css: string): string {
	return css
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.replace(/\s*\n\s*/g, '')
		.replace(/\s*([{}:;,])\s*/g, '$1')
		.trim();
}

/** Reads and minifies the three stylesheets from `<root>/src/styles/`. */
export function readChartStyles(root: string): ChartStyles {
	const read = (name: string) => minifyCss(readFileSync(join(root, 'src/styles', name), 'utf8'));
	return { svg: read('chart-svg.css'), figure: read('chart.css'), embed: read('embed.css') };
}
