/** /data/wilayah/<slug>.zip: a region's CSVs, metadata.json and README.md. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { regionDownloadPaths, serveRegionZip } from '../../../lib/export/serve.ts';

export const prerender = true;

export const getStaticPaths = (() => regionDownloadPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => serveRegionZip(params.slug, site);
