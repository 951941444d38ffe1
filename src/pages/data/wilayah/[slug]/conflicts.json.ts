/** /data/wilayah/<slug>/conflicts.json: every conflict between sources, one row per side, for one region. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { regionDownloadPaths, serveRegionTable } from '../../../../lib/export/serve.ts';

export const prerender = true;

export const getStaticPaths = (() => regionDownloadPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) =>
	serveRegionTable(params.slug, 'conflicts.json', site);
