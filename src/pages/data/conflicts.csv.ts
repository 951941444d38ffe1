/** /data/conflicts.csv: every conflict between sources, one row per side. */
import type { APIRoute } from 'astro';
import { serveTable } from '../../lib/export/serve.ts';

export const prerender = true;

export const GET: APIRoute = ({ site }) => serveTable('conflicts.csv', site);
