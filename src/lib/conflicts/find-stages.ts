/**
 * Plans against their realisation: figures of the same region, indicator, breakdown and period
 * that differ only in their budget stage (planned → allocated → actual, DOMAIN §9). They are
 * not a conflict (both can be right) and never a change over time: they are shown side by
 * side, in order of stage and then of publication, each with its source's date.
 */
import { group } from 'd3-array';
import type { StageComparison } from '../schema/analysis.ts';
import { BUDGET_STAGES, basis, type Label } from '../schema/enums.ts';
import type { Figure } from '../schema/figure.ts';
import { stableId } from '../derive/stable-id.ts';
import type { FiguresIndex } from '../derive/figures-index.ts';
import { unitOf, type CheckContext } from '../checks/context.ts';
import { formatReported, subjectOf } from '../checks/wording.ts';
import { formatPeriod } from '../format/date.ts';
import type { Locale } from '../format/locale.ts';

/** Region, indicator, breakdown and period: everything but the stage. */
function stageKey(f: Figure): string {
	return [f.region, f.indicator, f.segment, f.program, f.funding, f.level, f.period.text].join('|');
}

const MONTH: Record<Locale, Intl.DateTimeFormat> = {
	id: new Intl.DateTimeFormat('id-ID', { month: 'short', year: 'numeric', timeZone: 'UTC' }),
	en: new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }),
};

/** "Nov 2024" for a source published 2024-11-20; the year alone when only that is known. */
function whenPublished(ctx: CheckContext, f: Figure, locale: Locale): string {
	const published = ctx.sources.get(f.sourceId)?.published ?? '';
	if (published.length < 7) return published;
	return MONTH[locale].format(new Date(`${published.slice(0, 7)}-01T00:00:00Z`));
}

/** Stage order first, then the date the source was published. */
function byStageThenDate(ctx: CheckContext) {
	const published = (f: Figure) => ctx.sources.get(f.sourceId)?.published ?? '';
	return (a: Figure, b: Figure) =>
		BUDGET_STAGES.indexOf(a.basis) - BUDGET_STAGES.indexOf(b.basis) ||
		published(a).localeCompare(published(b)) ||
		a.id.localeCompare(b.id);
}

function say(ctx: CheckContext, figures: readonly Figure[], locale: Locale): string {
	const [first] = figures;
	if (!first) return '';
	const unit = unitOf(ctx, first.indicator) ?? 'count';
	const region = ctx.regions.get(first.region);
	const place = region ? (locale === 'id' ? region.name : region.nameEn) : first.region;
	const steps = figures.map((f) => {
		const who = ctx.sources.get(f.sourceId)?.publisher ?? f.sourceId;
		const stage = basis.labels[f.basis][locale];
		return `${stage} ${formatReported(f, unit, locale)} (${who}, ${whenPublished(ctx, f, locale)})`;
	});
	const subject = subjectOf(ctx, first, false)[locale];
	const when = formatPeriod(first.period, locale);
	return locale === 'id'
		? `${subject[0]?.toUpperCase() ?? ''}${subject.slice(1)} di ${place} untuk ${when}: ${steps.join(' → ')}. Rencana, alokasi dan realisasi adalah tahap anggaran yang berbeda, bukan kenaikan atau penurunan.`
		: `${subject[0]?.toUpperCase() ?? ''}${subject.slice(1)} in ${place} for ${when}: ${steps.join(' → ')}. Plan, allocation and realisation are different stages of a budget, not a rise or a fall.`;
}

/** The message of one comparison in both languages. */
function stageMessage(ctx: CheckContext, figures: readonly Figure[]): Label {
	return { id: say(ctx, figures, 'id'), en: say(ctx, figures, 'en') };
}

/** Every group of figures at two or more budget stages, ordered by region, indicator, period. */
export function findStageComparisons(ctx: CheckContext, index: FiguresIndex): StageComparison[] {
	const found: StageComparison[] = [];
	for (const regional of index.regions) {
		const staged = regional.all.filter((f) => BUDGET_STAGES.includes(f.basis));
		for (const [key, list] of group(staged, stageKey)) {
			const stages = new Set(list.map((f) => f.basis));
			if (stages.size < 2) continue;
			const figures = [...list].sort(byStageThenDate(ctx));
			const [first] = figures;
			if (!first) continue;
			found.push({
				id: stableId('s', 'stages', [key]),
				region: first.region,
				indicator: first.indicator,
				period: first.period.text,
				figureIds: figures.map((f) => f.id),
				message: stageMessage(ctx, figures),
			});
		}
	}
	return found.sort(
		(a, b) =>
			a.region.localeCompare(b.region) ||
			a.indicator.localeCompare(b.indicator) ||
			a.period.localeCompare(b.period) ||
			a.id.localeCompare(b.id),
	);
}
