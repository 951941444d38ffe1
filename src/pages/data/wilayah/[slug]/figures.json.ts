/** /data/wilayah/<slug>/figures.json: every reported figure with its source and exact quote, for one region. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { regionDownloadPaths, serveRegionTable } from '../../../../lib/export/serve.ts';

export const prerender = true;

export const getStaticPaths = (() => regionDownloadPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) =>
	serveRegionTable(params.slug, 'figures.json', site);
