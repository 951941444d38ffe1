/**
 * What a built HTML page asks the browser for on first load: stylesheets, scripts, images
 * and icons, found with simple tag patterns (the pages are generated, so their markup is
 * regular). Pure: the caller reads the files.
 */

export interface PageRequests {
	/** `href` of each `<link rel="stylesheet">`. */
	stylesheets: string[];
	/** `src` of each `<script src>`. */
	scripts: string[];
	/** Inline `<script>` elements that run code (not `application/ld+json` data). */
	inlineScripts: string[];
	/** `src` of images and `href` of icons (`<img>`, `<link rel="icon">`, preloads). */
	images: string[];
}

const TAG = /<(link|script|img|source|image)\b([^>]*)>/gi;

function attribute(attributes: string, name: string): string | undefined {
	const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(
		attributes,
	);
	return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/** The subresources a page requests, and its inline scripts. */
export function pageRequests(html: string): PageRequests {
	const out: PageRequests = { stylesheets: [], scripts: [], inlineScripts: [], images: [] };
	for (const m of html.matchAll(TAG)) {
		const tag = (m[1] ?? '').toLowerCase();
		const attributes = m[2] ?? '';
		if (tag === 'link') {
			const rel = (attribute(attributes, 'rel') ?? '').toLowerCase().split(/\s+/);
			const href = attribute(attributes, 'href');
			if (href === undefined) continue;
			if (rel.includes('stylesheet')) out.stylesheets.push(href);
			else if (
				rel.some((r) => ['icon', 'preload', 'modulepreload', 'apple-touch-icon'].includes(r))
			)
				out.images.push(href);
		} else if (tag === 'script') {
			const src = attribute(attributes, 'src');
			if (src !== undefined) out.scripts.push(src);
			else if ((attribute(attributes, 'type') ?? '').toLowerCase() !== 'application/ld+json') {
				const end = html.indexOf('</script>', (m.index ?? 0) + m[0].length);
				out.inlineScripts.push(html.slice((m.index ?? 0) + m[0].length, end < 0 ? undefined : end));
			}
		} else {
			const src = attribute(attributes, 'src') ?? attribute(attributes, 'href');
			if (src !== undefined && !src.startsWith('data:') && !src.startsWith('#'))
				out.images.push(src);
		}
	}
	return out;
}

/** Requests on first load: the page itself, then every stylesheet, script and image. */
export function requestCount(r: PageRequests): number {
	return 1 + r.stylesheets.length + r.scripts.length + r.images.length;
}
