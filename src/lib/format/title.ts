/**
 * A document title short enough for search results and tabs (70 characters, the limit
 * html-validate and search engines apply): long article titles are cut at a word and end
 * with "…"; the page's h1 keeps the full title. The length is counted as the title is written
 * in the page, where `"`, `'`, `&`, `<` and `>` become entities (`&quot;` is six characters):
 * html-validate counts it so.
 */
export function documentTitle(title: string, siteName: string, max = 70): string {
	if (title === siteName) return title;
	const suffix = ` — ${siteName}`;
	if (writtenLength(`${title}${suffix}`) <= max) return `${title}${suffix}`;
	for (let room = max - suffix.length - 1; room > 0; room--) {
		const short = `${cutAtWord(title, room)}…${suffix}`;
		if (writtenLength(short) <= max) return short;
	}
	return siteName;
}

/** Characters each escaped character takes in HTML text (`&amp;`, `&lt;`, `&quot;`, `&#39;`). */
const ESCAPED: Readonly<Record<string, number>> = { '&': 5, '<': 4, '>': 4, '"': 6, "'": 5 };

/** The length of `text` once escaped for HTML. */
function writtenLength(text: string): number {
	let n = 0;
	for (const ch of text) n += ESCAPED[ch] ?? ch.length;
	return n;
}

/** The first `room` characters of `title`, cut back to a word when one ends past halfway. */
function cutAtWord(title: string, room: number): string {
	const cut = title.slice(0, room + 1);
	const space = cut.lastIndexOf(' ');
	const atWord = space > room / 2 ? cut.slice(0, space) : cut.slice(0, room);
	return atWord.replace(/[\s,.;:—-]+$/, '');
}
