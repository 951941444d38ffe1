/** /data/checks.csv: every cross-check with its arithmetic. */
import type { APIRoute } from 'astro';
import { serveTable } from '../../lib/export/serve.ts';

export const prerender = true;

export const GET: APIRoute = ({ site }) => serveTable('checks.csv', site);
