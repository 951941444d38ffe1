/** robots.txt: everything may be crawled; points to the sitemap. */
import type { APIRoute } from 'astro';
import { SITE_URL } from '../config.ts';
import { withBase } from '../lib/page-data/urls.ts';

export const GET: APIRoute = () =>
	new Response(
		`User-agent: *\nAllow: /\n\nSitemap: ${SITE_URL}${withBase('/sitemap-index.xml')}\n`,
		{
			headers: { 'Content-Type': 'text/plain; charset=utf-8' },
		},
	);
