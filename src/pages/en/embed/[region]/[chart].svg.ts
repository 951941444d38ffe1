/** /en/embed/<region>/<chart>.svg: one chart as a standalone SVG file. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderStandaloneSvg } from '../../../../components/charts/standalone-svg.ts';
import { embedPaths, type EmbedPath } from '../../../../lib/chart/embed-paths.ts';
import { getSiteData } from '../../../../lib/site-data.ts';

export const getStaticPaths = (async () =>
	embedPaths(await getSiteData(), 'en')) satisfies GetStaticPaths;

export const GET: APIRoute<EmbedPath['props']> = async ({ props, site }) =>
	new Response(await renderStandaloneSvg(props.model, 'en', site?.host ?? ''), {
		headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
	});
