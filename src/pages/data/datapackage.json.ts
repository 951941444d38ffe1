/** /data/datapackage.json: the Frictionless Data Package describing the CSV downloads. */
import type { APIRoute } from 'astro';
import { serveDataPackage } from '../../lib/export/serve.ts';

export const prerender = true;

export const GET: APIRoute = ({ site }) => serveDataPackage(site);
