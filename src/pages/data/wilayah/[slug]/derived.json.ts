/** /data/wilayah/<slug>/derived.json: every derived figure with its formula and inputs, for one region. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { regionDownloadPaths, serveRegionTable } from '../../../../lib/export/serve.ts';

export const prerender = true;

export const getStaticPaths = (() => regionDownloadPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) =>
	serveRegionTable(params.slug, 'derived.json', site);
