/**
 * Figures added, removed and changed between two datasets, matched by figure id (series,
 * period and source). A figure whose period was corrected gets a new id; when one figure of a
 * source and series disappears and one appears, the pair is reported as a period change.
 */
import type { Figure } from '../schema/figure.ts';
import { seriesKey } from '../schema/series.ts';

/** The fields of a figure a change can touch. */
export type FigureField = 'value' | 'qualifier' | 'period' | 'quote' | 'note';

/** One figure in both datasets, with the fields that differ. */
export interface FigureChange {
	before: Figure;
	after: Figure;
	fields: FigureField[];
}

/** How the figures of two datasets differ, each list in source then file order. */
export interface FigureDiff {
	added: Figure[];
	removed: Figure[];
	changed: FigureChange[];
}

function changedFields(a: Figure, b: Figure): FigureField[] {
	const fields: FigureField[] = [];
	if (a.value !== b.value) fields.push('value');
	if (a.qualifier !== b.qualifier) fields.push('qualifier');
	if (a.period.text !== b.period.text) fields.push('period');
	if (a.quote !== b.quote) fields.push('quote');
	if ((a.note ?? '') !== (b.note ?? '')) fields.push('note');
	return fields;
}

/** Compares the figures of `before` and `after`. */
export function diffFigures(before: readonly Figure[], after: readonly Figure[]): FigureDiff {
	const old = new Map(before.map((f) => [f.id, f]));
	const now = new Map(after.map((f) => [f.id, f]));
	const changed: FigureChange[] = [];
	for (const f of after) {
		const was = old.get(f.id);
		if (was === undefined) continue;
		const fields = changedFields(was, f);
		if (fields.length > 0) changed.push({ before: was, after: f, fields });
	}
	let added = after.filter((f) => !old.has(f.id));
	let removed = before.filter((f) => !now.has(f.id));

	const group = (f: Figure) => `${f.sourceId}|${seriesKey(f)}`;
	const count = (list: readonly Figure[]) => {
		const n = new Map<string, number>();
		for (const f of list) n.set(group(f), (n.get(group(f)) ?? 0) + 1);
		return n;
	};
	const addedPerGroup = count(added);
	const removedPerGroup = count(removed);
	const moved = new Set<string>();
	for (const f of added) {
		const key = group(f);
		if (addedPerGroup.get(key) !== 1 || removedPerGroup.get(key) !== 1) continue;
		const was = removed.find((r) => group(r) === key);
		if (was === undefined) continue;
		changed.push({ before: was, after: f, fields: changedFields(was, f) });
		moved.add(key);
	}
	added = added.filter((f) => !moved.has(group(f)));
	removed = removed.filter((f) => !moved.has(group(f)));
	const order = new Map(after.map((f, i) => [f.id, i]));
	changed.sort((x, y) => (order.get(x.after.id) ?? 0) - (order.get(y.after.id) ?? 0));
	return { added, removed, changed };
}
