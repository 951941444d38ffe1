/**
 * One representative page of every page type, in both languages, found in the built site
 * so the list follows the data rather than hard-coded slugs where it can.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const DIST = process.env['PANTAU_DIST'] ?? 'dist';

/** First sub-folder (sorted) of a built route that holds an index.html, as a URL path. */
export function first(route: string, root = DIST): string | undefined {
	const dir = join(root, route);
	if (!existsSync(dir)) return undefined;
	const name = readdirSync(dir, { withFileTypes: true })
		.filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.html')))
		.map((d) => d.name)
		.sort()[0];
	return name === undefined ? undefined : `${route}${name}/`;
}

export interface PageCase {
	type: string;
	locale: 'id' | 'en';
	path: string;
	/** A 404 page is expected to answer with status 404. */
	status: number;
}

/** Every page type the quality gates visit. */
export function pageCases(): PageCase[] {
	const types: [string, string | undefined, number][] = [
		['home', '/', 200],
		['regions', '/wilayah/', 200],
		['province', '/wilayah/kalimantan-barat/', 200],
		['regency', '/wilayah/kota-malang/', 200],
		['compare', first('/bandingkan/'), 200],
		['indicator', first('/indikator/'), 200],
		['source', first('/sumber/'), 200],
		['data-quality', '/kualitas-data/', 200],
		['methodology', '/metodologi/', 200],
		['data', '/data/', 200],
		['changes', '/perubahan/', 200],
		['not-found', '/halaman-yang-tidak-ada/', 404],
		['embed', first('/embed/kota-malang/'), 200],
		['region-without-figures', withoutFigures(), 200],
		['region-figures', first('/wilayah/kota-malang/') ?? longest(), 200],
	];
	return inBothLocales(types, DIST);
}

/** Cases of `[type, path, status]` in Indonesian and English; a missing path is an error. */
export function inBothLocales(
	types: [string, string | undefined, number][],
	root: string,
): PageCase[] {
	const cases: PageCase[] = [];
	for (const [type, path, status] of types) {
		if (path === undefined) throw new Error(`no built page found for page type ${type} in ${root}`);
		cases.push({ type, locale: 'id', path, status });
		cases.push({ type, locale: 'en', path: path === '/' ? '/en/' : `/en${path}`, status });
	}
	return cases;
}

/** Region pages (`/wilayah/<slug>/`), as URL paths, sorted. */
function regionPaths(root = DIST): string[] {
	const dir = join(root, 'wilayah');
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true })
		.filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.html')))
		.map((d) => `/wilayah/${d.name}/`)
		.sort();
}

/** A region page without figures of its own (it has no figures page). */
export function withoutFigures(root = DIST): string | undefined {
	return regionPaths(root).find((p) => !existsSync(join(root, p, 'angka', 'index.html')));
}

/** The region whose figures page is largest: the longest story a region page tells. */
export function longest(root = DIST): string | undefined {
	let best: { path: string; size: number } | undefined;
	for (const p of regionPaths(root)) {
		const file = join(root, p, 'angka', 'index.html');
		if (!existsSync(file)) continue;
		const size = statSync(file).size;
		if (!best || size > best.size) best = { path: p, size };
	}
	return best?.path;
}
