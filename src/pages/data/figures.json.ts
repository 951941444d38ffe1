/** /data/figures.json: every reported figure with its source and exact quote. */
import type { APIRoute } from 'astro';
import { serveTable } from '../../lib/export/serve.ts';

export const prerender = true;

export const GET: APIRoute = ({ site }) => serveTable('figures.json', site);
