/** Choosing one figure among the budget stages of the same thing (DOMAIN §9). */
import { BUDGET_STAGES, type Basis } from '../schema/enums.ts';

/**
 * For each key, the item at the furthest budget stage (realisation before allocation before
 * plan); among items of that stage the first, or the one `newer` prefers. Items that are not
 * at a budget stage are left out; the rest keep their order. The other stages are shown side by
 * side with it (find-stages.ts), never as separate values or a change.
 */
export function furthestStage<T extends { basis: Basis }>(
	items: readonly T[],
	key: (item: T) => string,
	newer: (a: T, b: T) => boolean = () => false,
): T[] {
	const rank = (item: T) => BUDGET_STAGES.indexOf(item.basis);
	const best = new Map<string, T>();
	for (const item of items) {
		if (rank(item) < 0) continue;
		const k = key(item);
		const current = best.get(k);
		if (
			!current ||
			rank(item) > rank(current) ||
			(rank(item) === rank(current) && newer(item, current))
		)
			best.set(k, item);
	}
	const chosen = new Set(best.values());
	return items.filter((item) => chosen.has(item));
}
