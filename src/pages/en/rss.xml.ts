/** RSS feed of the sources added, linking to the changes page (English). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE_URL } from '../../config.ts';
import { feedOf } from '../../lib/page-data/rss.ts';

export const GET: APIRoute = async () => {
	const { title, description, link, items } = await feedOf('en');
	// The channel's link is `site`: the changes page; item paths resolve against its origin.
	return rss({
		title,
		description,
		items,
		site: new URL(link, SITE_URL).href,
		customData: '<language>en</language>',
	});
};
