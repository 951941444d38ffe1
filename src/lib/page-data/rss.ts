/**
 * The RSS feed of sources added, per locale (used by the rss.xml endpoints). The channel links
 * to the changes page; each item to its source's page.
 */
import { SITE_NAME } from '../../config.ts';
import type { Locale } from '../format/locale.ts';
import { getSiteIndex } from '../routes.ts';
import { changesUrl } from './changes.ts';
import { feedItems, type FeedItem } from './feed.ts';

/** Title, description, link (the changes page, a path) and items of the feed. */
export async function feedOf(
	locale: Locale,
): Promise<{ title: string; description: string; link: string; items: FeedItem[] }> {
	const index = await getSiteIndex();
	const counts = new Map([...index.figuresBySource].map(([id, list]) => [id, list.length]));
	return {
		title: locale === 'id' ? `${SITE_NAME}: sumber baru` : `${SITE_NAME}: new sources`,
		description:
			locale === 'id'
				? 'Artikel dan dokumen yang baru ditambahkan ke Pantau Jamsostek.'
				: 'Articles and documents newly added to Pantau Jamsostek.',
		link: changesUrl(locale),
		items: feedItems(index.dataset.sources.values(), counts, locale),
	};
}
