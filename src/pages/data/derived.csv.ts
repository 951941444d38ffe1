/** /data/derived.csv: every derived figure with its formula and inputs. */
import type { APIRoute } from 'astro';
import { serveTable } from '../../lib/export/serve.ts';

export const prerender = true;

export const GET: APIRoute = ({ site }) => serveTable('derived.csv', site);
