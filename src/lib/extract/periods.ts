/**
 * The period of an extracted number: a date in its clause, else in its sentence, else in the
 * sentences just before (a paragraph of figures often states its period once), else the
 * article's own date; recorded as reviewers record it (period-rule.ts).
 */
import { resolvePeriod, type DateMention } from './dates.ts';
import { recordedPeriod, type Measure } from './period-rule.ts';

interface Range {
	start: number;
	end: number;
}

/** Where the period came from, from the most to the least direct. */
export type PeriodSource = 'clause' | 'sentence' | 'earlier' | 'article' | 'none';

/** A period for a number, the words it was read from and how directly. */
export interface PeriodGuess {
	period: string;
	raw: string;
	source: PeriodSource;
}

/**
 * Words that tie a date after a number to it: "Rp1.842.248.232 tahun 2025", "32 persen pada
 * 2024", "56 persen pada tahun 2025".
 */
const LINKED_AFTER =
	/^[\s,-]*(?:\p{L}+\s+)?(?:tahun|pada|per|hingga|sampai|selama|periode|di|sejak)\s+(?:tahun\s+|tanggal\s+)?$/iu;

/**
 * The distance of a date from the number, in characters: a date tied to the number by
 * {@link LINKED_AFTER} counts as nearer; any other date after it more likely belongs to
 * what follows ("… Rp2.903.301 dan IPM 2024 tercatat 80,41"), so it counts as far.
 */
function cost(d: DateMention, number: Range, text: string): number {
	if (d.start < number.end) return number.start - d.end;
	const chars = d.start - number.end;
	return LINKED_AFTER.test(text.slice(number.end, d.start)) ? chars * 0.6 : chars * 3 + 20;
}

function nearest(
	dates: readonly DateMention[],
	number: Range,
	others: readonly Range[],
	text: string,
): DateMention | undefined {
	const between = (d: DateMention) => {
		const [a, b] = d.start >= number.end ? [number.end, d.start] : [d.end, number.start];
		return others.some((o) => o.start >= a && o.end <= b);
	};
	const sorted = [...dates].sort((x, y) => cost(x, number, text) - cost(y, number, text));
	// A date with another figure between it and this number belongs to that figure first.
	return sorted.find((d) => !between(d)) ?? sorted[0];
}

/**
 * The span an article's flows run over when it states one once ("BPJS Ketenagakerjaan Bayar
 * Klaim … per September 2024", "hingga Oktober 2025"): the first "until" date of the article's
 * year, read as January to that month.
 */
function articleSpan(
	dates: readonly DateMention[],
	article: string | undefined,
): { period: string; raw: string } | undefined {
	const year = article?.slice(0, 4);
	const until = dates.find((d) => d.kind === 'until' && d.period.slice(0, 4) === year);
	const period = until && resolvePeriod(until, article, true);
	return until && period ? { period, raw: until.raw } : undefined;
}

/** The gap between a comparison's year and a number that it dates: a few words, no "dengan". */
const comparedNumber = (gap: string) =>
	gap.length <= 25 && !/\bdengan\b|[.;]/i.test(gap) && !gap.includes('\n');

/** Everything {@link guessPeriod} needs about where the number stands. */
export interface PeriodInput {
	/** The article text. */
	text: string;
	number: Range;
	clause: Range;
	sentence: Range;
	/** Sentences before whose dates may carry over, nearest first. */
	earlier: readonly Range[];
	dates: readonly DateMention[];
	/** Other figures of the text, to attribute dates between figures. */
	others: readonly Range[];
	article: string | undefined;
	/** How the figure is dated: a stock, a flow or a budget (period-rule.ts). */
	measure: Measure;
	/** A target or plan: recorded for its year. */
	forward: boolean;
}

/** The period for a number; `none` with an empty period when nothing in the text says. */
export function guessPeriod(p: PeriodInput): PeriodGuess {
	// A comparison's base year dates only the number right after it ("dibanding tahun
	// sebelumnya Rp93,35 miliar"), not one joined by "dengan" or further away.
	const usable = p.dates.filter(
		(d) =>
			d.kind !== 'plan' &&
			(d.comparison !== true ||
				(d.end <= p.number.start && comparedNumber(p.text.slice(d.end, p.number.start)))),
	);
	const inside = (r: Range) => usable.filter((d) => d.start >= r.start && d.end <= r.end);
	const tiers: [PeriodSource, DateMention | undefined][] = [
		['clause', nearest(inside(p.clause), p.number, p.others, p.text)],
		['sentence', nearest(inside(p.sentence), p.number, p.others, p.text)],
		...p.earlier.map((s): [PeriodSource, DateMention | undefined] => ['earlier', inside(s).at(-1)]),
	];
	const flow = p.measure === 'flow';
	for (const [source, date] of tiers) {
		if (date === undefined) continue;
		// A flow runs over a span: the article's own dateline day ("(28/10/2024)") is not it.
		if (flow && source === 'earlier' && date.period === p.article) continue;
		const period = recordedPeriod(date, p.article, p.measure, p.forward);
		if (period !== undefined) return { period, raw: date.raw, source };
	}
	const span = flow && !p.forward ? articleSpan(usable, p.article) : undefined;
	if (span !== undefined) return { ...span, source: 'article' };
	const period = recordedPeriod(undefined, p.article, p.measure, p.forward);
	if (period !== undefined) {
		return { period, raw: `article date ${p.article ?? ''}`, source: 'article' };
	}
	return { period: '', raw: '', source: 'none' };
}
