/**
 * The headline of a region in plain words: coverage now (and its targets), participants by
 * segment, this year's contribution-aid budget with its cost per worker per month, and
 * claims paid. Each item is a reported figure or a derived one.
 */
import type { DerivedFigure } from '../schema/analysis.ts';
import type { Figure } from '../schema/figure.ts';
import { furthestStage } from '../derive/stages.ts';
import { periodYear } from '../schema/period.ts';
import { isParticipationSegment, isTotal, latest, newestFirst } from './select.ts';
import type { SiteIndex } from './site-index.ts';

/** A figure on a page: read from a source, or computed from such figures. */
export type FigureRef =
	{ kind: 'reported'; figure: Figure } | { kind: 'derived'; figure: DerivedFigure };

/** A target as the headline shows it: once, however many sources repeat it. */
export interface HeadlineTarget {
	/** Its report in the most recently published source. */
	figure: Figure;
	/** How many other sources report the same target (setter, period and value). */
	otherSources: number;
}

export interface Headline {
	/** Latest actual coverage of the whole region (reported, else derived). */
	coverage: FigureRef | null;
	/** Coverage targets and baselines of the whole region, each once, oldest first. */
	targets: HeadlineTarget[];
	/** Latest participant count (active, else registered) and its segments at that date. */
	participants: { total: Figure | null; segments: Figure[] };
	/** Contribution aid of one budget year: the data version's year when reported, else the latest. */
	aid: { year: number; budgets: Figure[]; participants: Figure[]; perMonth: FigureRef[] } | null;
	/** Claims paid in the latest period: the total when reported, else per programme. */
	claims: { amounts: Figure[]; claimants: Figure[] };
}

const ref = (figure: Figure): FigureRef => ({ kind: 'reported', figure });
const derivedRef = (figure: DerivedFigure): FigureRef => ({ kind: 'derived', figure });

/** The latest actual coverage of a whole region: reported, else computed. */
export function coverage(
	figures: readonly Figure[],
	derived: readonly DerivedFigure[],
): FigureRef | null {
	const reported = latest(
		figures.filter((f) => f.indicator === 'coverage_rate' && f.basis === 'actual' && isTotal(f)),
	);
	if (reported) return ref(reported);
	const computed = latest(
		derived.filter((d) => d.indicator === 'coverage_rate' && d.basis === 'actual' && isTotal(d)),
	);
	return computed ? derivedRef(computed) : null;
}

function participants(figures: Figure[]): Headline['participants'] {
	for (const indicator of ['active_participants', 'registered_participants']) {
		const candidates = figures.filter(
			(f) =>
				f.indicator === indicator &&
				f.basis === 'actual' &&
				f.program === null &&
				f.funding === null &&
				(f.segment === null || isParticipationSegment(f.segment)),
		);
		const newest = latest(candidates);
		if (!newest) continue;
		const atDate = candidates.filter((f) => f.period.text === newest.period.text);
		return {
			total: atDate.find((f) => f.segment === null) ?? null,
			segments: atDate.filter((f) => f.segment !== null),
		};
	}
	return { total: null, segments: [] };
}

function aid(figures: Figure[], derived: DerivedFigure[], versionYear: number): Headline['aid'] {
	const aidFigures = figures.filter((f) => f.indicator.startsWith('contribution_aid_'));
	if (aidFigures.length === 0) return null;
	const years = new Set(aidFigures.map((f) => periodYear(f.period)));
	const year = years.has(versionYear) ? versionYear : Math.max(...years);
	// One figure per indicator, segment and payer: the furthest stage, then the newest.
	const inYear = furthestStage(
		aidFigures.filter((f) => periodYear(f.period) === year && f.level === null),
		(f) => `${f.indicator}|${f.segment}|${f.program}|${f.funding}`,
		(a, b) => newestFirst(a, b) < 0,
	);
	const budgets = inYear.filter((f) => f.indicator === 'contribution_aid_budget');
	const segments = new Set(budgets.map((f) => f.segment));
	const people = inYear.filter(
		(f) =>
			f.indicator === 'contribution_aid_participants' &&
			(budgets.length === 0 || segments.has(f.segment)),
	);
	const perMonth: FigureRef[] = [
		...derived
			.filter(
				(d) =>
					periodYear(d.period) === year &&
					d.indicator.startsWith('contribution_aid_') &&
					d.unit === 'idr_per_person_month',
			)
			.map(derivedRef),
		...inYear.filter((f) => f.indicator === 'contribution_aid_monthly_contribution').map(ref),
	];
	return { year, budgets, participants: people, perMonth };
}

function claims(figures: Figure[]): Headline['claims'] {
	const amounts = figures.filter(
		(f) => f.indicator === 'claims_amount' && f.basis === 'actual' && f.level === null,
	);
	const newest = latest(amounts);
	if (!newest) return { amounts: [], claimants: [] };
	const inPeriod = (f: Figure) => f.period.text === newest.period.text && f.level === null;
	const totals = amounts.filter((f) => inPeriod(f) && f.program === null);
	const chosen = totals.length > 0 ? totals : amounts.filter(inPeriod);
	const keys = new Set(chosen.map((f) => `${f.segment}|${f.program}|${f.funding}`));
	const claimants = figures.filter(
		(f) =>
			f.indicator === 'claims_claimants' &&
			inPeriod(f) &&
			keys.has(`${f.segment}|${f.program}|${f.funding}`),
	);
	return { amounts: chosen, claimants };
}

/**
 * One entry per distinct target: the same setter, period and value from several outlets is
 * one target reported several times (a province's 62,93% for 2025 came from six articles),
 * shown once with its newest source and the count of the others.
 */
export function distinctTargets(
	targets: readonly Figure[],
	published: (sourceId: string) => string,
): HeadlineTarget[] {
	const groups = new Map<string, Figure[]>();
	for (const f of targets) {
		const key = [f.basis, f.plan, f.period.text, f.value, f.qualifier].join('|');
		groups.set(key, [...(groups.get(key) ?? []), f]);
	}
	const newestSource = (a: Figure, b: Figure) =>
		published(b.sourceId).localeCompare(published(a.sourceId)) || a.id.localeCompare(b.id);
	return [...groups.values()]
		.flatMap((group) => {
			const [figure, ...rest] = [...group].sort(newestSource);
			if (!figure) return [];
			const others = new Set(rest.map((f) => f.sourceId));
			others.delete(figure.sourceId);
			return [{ figure, otherSources: others.size }];
		})
		.sort((a, b) => -newestFirst(a.figure, b.figure));
}

/** Picks the headline figures of one region. */
export function buildHeadline(
	figures: Figure[],
	derived: DerivedFigure[],
	index: SiteIndex,
): Headline {
	const versionYear = Number(index.dataset.version.slice(0, 4));
	const targets = distinctTargets(
		figures.filter((f) => f.indicator === 'coverage_rate' && f.basis !== 'actual' && isTotal(f)),
		(id) => index.dataset.sources.get(id)?.published ?? '',
	);
	return {
		coverage: coverage(figures, derived),
		targets,
		participants: participants(figures),
		aid: aid(figures, derived, versionYear),
		claims: claims(figures),
	};
}
