/**
 * What is already in `data/sources/`: folder names and the links of each source.json, read
 * leniently (a broken source.json is check-data's business, not a reason to stop here).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'jsonc-parser';

/** One existing source folder and the links it records. */
export interface ExistingSource {
	id: string;
	/** Path of its source.json, for messages. */
	file: string;
	url?: string;
	archivedUrl?: string;
}

/** Every folder under `<dataDir>/sources`, in name order, with its url and archived_url. */
export function readExistingSources(dataDir: string): ExistingSource[] {
	const dir = join(dataDir, 'sources');
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => statSync(join(dir, name)).isDirectory())
		.sort()
		.map((id) => {
			const file = join(dir, id, 'source.json');
			const json: unknown = existsSync(file) ? parse(readFileSync(file, 'utf8')) : undefined;
			const record =
				typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
			const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
			const url = text(record['url']);
			const archivedUrl = text(record['archived_url']);
			return {
				id,
				file,
				...(url === undefined ? {} : { url }),
				...(archivedUrl === undefined ? {} : { archivedUrl }),
			};
		});
}

/**
 * A URL in a form where two links to the same article compare equal: scheme, `www.`, case of
 * the host, a trailing slash, the fragment and `utm_*` tracking parameters are ignored.
 * Returns the trimmed text unchanged when it is not a URL.
 */
export function comparableUrl(url: string): string {
	try {
		const u = new URL(url.trim());
		for (const key of [...u.searchParams.keys()]) {
			if (key.toLowerCase().startsWith('utm_')) u.searchParams.delete(key);
		}
		const host = u.host.toLowerCase().replace(/^www\./, '');
		const path = u.pathname.replace(/\/+$/, '');
		const query = u.searchParams.toString();
		return `${host}${path}${query === '' ? '' : `?${query}`}`;
	} catch {
		return url.trim();
	}
}

/** The existing source whose url or archived_url is the same article as `url`, if any. */
export function sourceWithUrl(
	existing: readonly ExistingSource[],
	url: string,
): { source: ExistingSource; field: 'url' | 'archived_url' } | undefined {
	const wanted = comparableUrl(url);
	for (const source of existing) {
		if (source.url !== undefined && comparableUrl(source.url) === wanted) {
			return { source, field: 'url' };
		}
		if (source.archivedUrl !== undefined && comparableUrl(source.archivedUrl) === wanted) {
			return { source, field: 'archived_url' };
		}
	}
	return undefined;
}
