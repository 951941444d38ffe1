/**
 * A document title short enough for search results and tabs (70 characters, the limit
 * html-validate and search engines apply): long article titles are cut at a word and end
 * with "…"; the page's h1 keeps the full title.
 */
export function documentTitle(title: string, siteName: string, max = 70): string {
	if (title === siteName) return title;
	const suffix = ` — ${siteName}`;
	if (title.length + suffix.length <= max) return `${title}${suffix}`;
	const room = max - suffix.length - 1;
	const cut = title.slice(0, room + 1);
	const atWord =
		cut.lastIndexOf(' ') > room / 2 ? cut.slice(0, cut.lastIndexOf(' ')) : cut.slice(0, room);
	return `${atWord.replace(/[\s,.;:—-]+$/, '')}…${suffix}`;
}
