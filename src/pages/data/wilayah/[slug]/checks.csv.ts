/** /data/wilayah/<slug>/checks.csv: every cross-check with its arithmetic, for one region. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { regionDownloadPaths, serveRegionTable } from '../../../../lib/export/serve.ts';

export const prerender = true;

export const getStaticPaths = (() => regionDownloadPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) =>
	serveRegionTable(params.slug, 'checks.csv', site);
