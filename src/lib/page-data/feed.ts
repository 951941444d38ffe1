/** RSS items for the sources added: newest first, dated by the sources, never by the clock. */
import type { Locale } from '../format/locale.ts';
import { parsePeriod } from '../schema/period.ts';
import type { Source } from '../schema/source.ts';
import { sourceOrder } from './region.ts';
import { sourceUrl } from './urls.ts';

export interface FeedItem {
	title: string;
	link: string;
	pubDate: Date;
	description: string;
}

/** First day a partial date stands for, as a UTC date (`2025` → 2025-01-01). */
export function firstDay(date: string): Date {
	const period = parsePeriod(date);
	return new Date(`${typeof period === 'string' ? date : period.start}T00:00:00Z`);
}

/** How many items a feed carries: readers poll it; the sources index has them all. */
export const FEED_LIMIT = 50;

/** One item per source, the newest `limit` by accessed, published, id. */
export function feedItems(
	sources: Iterable<Source>,
	figureCounts: ReadonlyMap<string, number>,
	locale: Locale,
	limit = FEED_LIMIT,
): FeedItem[] {
	return [...sources]
		.sort(sourceOrder)
		.slice(0, limit)
		.map((s) => {
			const n = figureCounts.get(s.id) ?? 0;
			return {
				title: s.title,
				link: sourceUrl(s.id, locale),
				pubDate: firstDay(s.published),
				description:
					locale === 'id'
						? `${s.publisher}: ${n} angka, masing-masing dengan kutipannya. Diakses ${s.accessed}.`
						: `${s.publisher}: ${n} figures, each with its quote. Accessed ${s.accessed}.`,
			};
		});
}
