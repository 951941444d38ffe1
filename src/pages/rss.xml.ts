/** RSS feed of the sources added (Indonesian). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE_URL } from '../config.ts';
import { feedOf } from '../lib/page-data/rss.ts';

export const GET: APIRoute = async () => {
	const feed = await feedOf('id');
	return rss({ ...feed, site: SITE_URL, customData: '<language>id</language>' });
};
