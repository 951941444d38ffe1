/** Sources added, removed and changed between two datasets, matched by source id. */
import type { Source } from '../schema/source.ts';

/** source.json fields compared, in the order data/README.md lists them. */
const FIELDS = [
	'title',
	'publisher',
	'url',
	'archived_url',
	'published',
	'accessed',
	'language',
	'kind',
	'quoted',
	'note',
] as const;

/** A source.json field. */
export type SourceField = (typeof FIELDS)[number];

/** One source in both datasets, with the fields that differ. */
export interface SourceChange {
	before: Source;
	after: Source;
	fields: SourceField[];
}

/** How the sources of two datasets differ, each list in id order. */
export interface SourceDiff {
	added: Source[];
	removed: Source[];
	changed: SourceChange[];
}

const text = (s: Source, field: SourceField) => JSON.stringify(s[field] ?? null);

/** Compares the sources of `before` and `after`. */
export function diffSources(
	before: ReadonlyMap<string, Source>,
	after: ReadonlyMap<string, Source>,
): SourceDiff {
	const byId = (a: Source, b: Source) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
	const added = [...after.values()].filter((s) => !before.has(s.id)).sort(byId);
	const removed = [...before.values()].filter((s) => !after.has(s.id)).sort(byId);
	const changed: SourceChange[] = [];
	for (const s of [...after.values()].sort(byId)) {
		const was = before.get(s.id);
		if (was === undefined) continue;
		const fields = FIELDS.filter((f) => text(was, f) !== text(s, f));
		if (fields.length > 0) changed.push({ before: was, after: s, fields });
	}
	return { added, removed, changed };
}
