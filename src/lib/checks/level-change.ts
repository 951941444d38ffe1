/**
 * A reported change in percent against two levels of the same series in the same source, for
 * every indicator the registry declares with `change_of`. A change of a percentage ("naik 2,42
 * persen menjadi 9,24 persen") is read both ways an article may mean it — percentage points
 * (9,24 − 7) and relative change ((9,24 − 7) ÷ 7 × 100) — and passes when either reading
 * holds; when neither does, the message gives the percentage-point reading, the usual one.
 */
import type { CheckResult } from '../schema/analysis.ts';
import type { Label } from '../schema/enums.ts';
import type { Figure } from '../schema/figure.ts';
import { CHANGE_OF } from '../derive/budget-change.ts';
import { defined } from '../derive/make-derived.ts';
import type { RegionFigures } from '../derive/figures-index.ts';
import {
	figuresInSource,
	partnerInSource,
	sameSeriesParts,
	withIndicator,
} from '../derive/select.ts';
import { unitOf, type RegionCheckContext } from './context.ts';
import { makeCheck } from './make-check.ts';
import { figureQuantity, minus, percentOf, type Quantity } from './quantity.ts';

/** Change indicators with a rule of their own (budget_change: consecutive budget years). */
const DEDICATED: ReadonlySet<string> = new Set(Object.values(CHANGE_OF));

/** The same source's latest level of `current`'s series that ends before it starts. */
function previousLevel(figures: RegionFigures, current: Figure): Figure | undefined {
	let best: Figure | undefined;
	for (const f of figuresInSource(figures, current.sourceId, current.indicator)) {
		if (!sameSeriesParts(f, current) || f.period.end >= current.period.start) continue;
		if (!best || f.period.end > best.period.end) best = f;
	}
	return best;
}

const POINTS: Label = {
	id: 'Perubahan dari persen ke persen dibaca sebagai selisih poin persentase.',
	en: 'A change from one percentage to another is read as a difference in percentage points.',
};
const RELATIVE: Label = {
	id: 'Perubahan ini cocok bila dibaca sebagai perubahan relatif, bukan selisih poin persentase.',
	en: 'This change matches when read as a relative change, not as a difference in percentage points.',
};
const NEITHER: Label = {
	id: 'Perubahan dari persen ke persen dibaca sebagai selisih poin persentase; dibaca sebagai perubahan relatif pun angkanya tidak cocok.',
	en: 'A change from one percentage to another is read as a difference in percentage points; read as a relative change it does not match either.',
};

/** The ways a change may be meant, each with the sentence that names it. */
function readings(
	now: Quantity,
	before: Quantity,
	levelIsPercent: boolean,
): { expected: Quantity; note?: Label }[] {
	const relative = percentOf(minus(now, before), before);
	if (!levelIsPercent) return [{ expected: relative }];
	return [
		{ expected: minus(now, before), note: POINTS },
		{ expected: relative, note: RELATIVE },
	];
}

/** reported change ≟ level now − level before (points), or ≟ relative change. */
export function checkLevelChanges(ctx: RegionCheckContext): CheckResult[] {
	const results: CheckResult[] = [];
	for (const indicator of ctx.indicators.values()) {
		const levelId = indicator.changeOf;
		if (levelId === null || DEDICATED.has(indicator.id)) continue;
		const levelIsPercent = unitOf(ctx, levelId) === 'percent';
		const checks = withIndicator(ctx.figures, indicator.id).map((change) => {
			const current = partnerInSource(ctx.figures, change, levelId);
			const previous = current && previousLevel(ctx.figures, current);
			if (!current || !previous) return undefined;
			const now = figureQuantity(ctx, current);
			const before = figureQuantity(ctx, previous);
			if (!now || !before || before.value === 0) return undefined;
			const ways = readings(now, before, levelIsPercent);
			const tried = defined(
				ways.map((way) => makeCheck(ctx, { rule: 'level_change', reported: change, ...way })),
			);
			const fits = tried.find((c) => c.status !== 'mismatch');
			if (fits || !levelIsPercent || !ways[0]) return fits ?? tried[0];
			return makeCheck(ctx, {
				rule: 'level_change',
				reported: change,
				expected: ways[0].expected,
				note: NEITHER,
			});
		});
		results.push(...defined(checks));
	}
	return results;
}
