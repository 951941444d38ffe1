/**
 * Source ids by the rule in data/README.md: `<publisher-slug>-<published>`, with `-2`, `-3`
 * for a second or third article of the same outlet and day.
 */
import { slugify } from '../format/slug.ts';
import { SOURCE_ID } from '../validate/source.ts';

/** Last labels of a domain name that say nothing about the outlet (`.com`, `.co.id`, …). */
const DOMAIN_SUFFIXES: ReadonlySet<string> = new Set([
	'ac',
	'biz',
	'co',
	'com',
	'desa',
	'go',
	'id',
	'info',
	'io',
	'my',
	'net',
	'news',
	'or',
	'org',
	'sch',
	'tv',
	'web',
]);

/** "Kupastuntas.co" → "kupastuntas"; "jatim.antaranews.com" → "jatim.antaranews". */
function withoutDomainSuffix(token: string): string {
	// "(Jawapos.com)": the brackets around a domain stay out of the way.
	const [, open = '', core = '', close = ''] = /^(\W*)(.*?)(\W*)$/u.exec(token) ?? [];
	const bare = core.replace(/^https?:\/\//i, '').replace(/^www\./i, '');
	if (!/^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u.test(bare)) return token;
	const labels = bare.split('.');
	while (labels.length > 1 && DOMAIN_SUFFIXES.has((labels.at(-1) ?? '').toLowerCase())) {
		labels.pop();
	}
	return `${open}${labels.join('.')}${close}`;
}

/**
 * The publisher part of a source id: the outlet's name as a slug, with the domain suffix of a
 * web outlet dropped ("Kupastuntas.co" → `kupastuntas`, "Liputan6.com" → `liputan6`,
 * "Radar Malang" → `radar-malang`). Empty when the name has no letters or digits.
 */
export function publisherSlug(publisher: string): string {
	return slugify(publisher.trim().split(/\s+/).map(withoutDomainSuffix).join(' '));
}

/**
 * The id for a new source: `<publisher-slug>-<published>`, or with `-2`, `-3`, … when the
 * plain id is in `taken`. Throws when the publisher yields no slug or the id is malformed.
 */
export function newSourceId(
	publisher: string,
	published: string,
	taken: ReadonlySet<string>,
): string {
	const slug = publisherSlug(publisher);
	if (slug === '') {
		throw new Error(
			`publisher ${JSON.stringify(publisher)} has no letters or digits to make a source id from`,
		);
	}
	const base = `${slug}-${published}`;
	if (!SOURCE_ID.test(base)) {
		throw new Error(
			`${JSON.stringify(base)} is not a valid source id — published must be YYYY-MM-DD, YYYY-MM or YYYY`,
		);
	}
	if (!taken.has(base)) return base;
	for (let n = 2; ; n++) {
		const id = `${base}-${n}`;
		if (!taken.has(id)) return id;
	}
}
