/** RSS feed of the sources added, linking to the changes page (both languages: `/…` Indonesian, `/en/…` English). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE_URL } from '../../config.ts';
import type { Locale } from '../../lib/format/locale.ts';
import { languagePaths } from '../../lib/routes.ts';
import { feedOf } from '../../lib/page-data/rss.ts';

export const getStaticPaths = languagePaths;

export const GET: APIRoute = async ({ props }) => {
	const { locale } = props as { locale: Locale };
	const { title, description, link, items } = await feedOf(locale);
	// The channel's link is `site`: the changes page; item paths resolve against its origin.
	return rss({
		title,
		description,
		items,
		site: new URL(link, SITE_URL).href,
		customData: `<language>${locale}</language>`,
	});
};
