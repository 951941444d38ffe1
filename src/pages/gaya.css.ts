/** The global stylesheet as one cached file, linked by the page types counted in thousands. */
import type { APIRoute } from 'astro';
import globalCss from '../styles/global.css?inline';

export const GET: APIRoute = () =>
	new Response(globalCss, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
