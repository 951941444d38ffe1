/**
 * Candidate figures from an article's plain text: every number with its unit (through
 * `findNumberMentions`), the clause it stands in as quote, and guesses of indicator,
 * breakdowns, period and region, each with a confidence and the reason for the guess. The
 * result is a draft for a human to review, never data.
 */
import {
	findNumberMentions,
	quoteStatesValue,
	type NumberMention,
} from '../parse/indonesian-number.ts';
import { ZERO_PHRASES } from '../parse/number-words.ts';
import type { Basis, Plan } from '../schema/enums.ts';
import type { Indicator } from '../schema/indicator.ts';
import type { Region } from '../schema/region.ts';
import { guessBreakdowns, guessPlan, type BreakdownGuess, type Scopes } from './breakdowns.ts';
import {
	confidenceLogit,
	confidenceOf,
	MIN_CONFIDENCE,
	type ConfidenceFactors,
} from './confidence.ts';
import { articleDate, findDates, type DateMention } from './dates.ts';
import {
	guessIndicator,
	mentionKind,
	type IndicatorGuess,
	type MentionKind,
	type NumberContext,
	type Tier,
} from './indicator.ts';
import { isForward, measureOf } from './period-rule.ts';
import { guessPeriod, type PeriodGuess, type PeriodInput } from './periods.ts';
import { quoteSpan } from './quote.ts';
import { isNotAFigure } from './skip.ts';
import { figureRegion, type FigureRegion, type RegionInput } from './figure-region.ts';
import { findRegionMentions, mainRegion } from './regions.ts';
import {
	clauses,
	isPageChrome,
	paragraphs,
	sentences,
	type Sentence,
	type Span,
} from './text-units.ts';

/** One proposed row: the figures.csv columns plus review information. */
export interface Candidate {
	region: string;
	indicator: string;
	segment: string;
	program: string;
	funding: string;
	level: string;
	/** Empty for actual (the default). */
	basis: string;
	plan: string;
	period: string;
	value: number;
	qualifier: string;
	quote: string;
	note: string;
	/** 0–1: how much of the row the text supports directly. */
	confidence: number;
	/** What the confidence was read from (confidence.ts), for refitting the model. */
	factors: ConfidenceFactors;
	/** Why each guess was made, for the reviewer. */
	reason: string;
	/** The number as printed and its offset in the article. */
	raw: string;
	start: number;
}

/** The regions and indicators to match against, and optional overrides. */
export interface ExtractOptions {
	regions: ReadonlyMap<string, Region>;
	indicators: ReadonlyMap<string, Indicator>;
	/** Region code for every candidate (the `--region` flag). */
	region?: string;
	/** The article's date, YYYY-MM-DD (else read from the text). */
	articleDate?: string;
	/** Rows less sure than this are dropped (default MIN_CONFIDENCE; 0 keeps every row). */
	minConfidence?: number;
}

/** What {@link extractCandidates} found. */
export interface Extraction {
	candidates: Candidate[];
	/** The article's date and how it was found, if it was. */
	articleDate?: { date: string; how: string };
	/** The region the article is mostly about, if any is named. */
	mainRegion?: string;
}

const CLAIMS = /klaim|santunan|manfaat/i;

interface Range {
	start: number;
	end: number;
}

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

/**
 * True when the number is part of a date: a day or year of a written date, or a bare year
 * ("tahun 2024") — unless money, a percent or a unit noun on the same line follows it.
 */
function isDatePart(m: NumberMention, text: string, dates: readonly DateMention[]): boolean {
	const date = dates.find((d) => overlaps(d, m));
	if (date === undefined) return false;
	if (date.precision > 1 || date.kind === 'plan') return true;
	const sameLineUnit = m.unitWord !== undefined && /^[^\S\n]*\p{L}/u.test(text.slice(m.end));
	return !m.currency && !m.percent && !sameLineUnit;
}

/**
 * True when `m` is a rounded restatement of a more precise number of the article: a headline
 * or a lead rounds what the body states exactly ("Tembus 40 Juta Orang" for 40.196.096,
 * "hampir Rp3,6 triliun atau tepatnya Rp3.595.374.746.881"), so only the precise one is a
 * figure. Rounded means printed with a scale word and at least a digit less; the precise value
 * rounds or cuts to it, and lies within a tenth of it.
 */
function isRoundedRestatement(m: NumberMention, figures: readonly NumberMention[]): boolean {
	if (m.scale === 1) return false;
	return figures.some(
		(o) =>
			o !== m &&
			o.currency === m.currency &&
			o.percent === m.percent &&
			o.halfUnit * 10 <= m.halfUnit &&
			o.value !== m.value &&
			// Rounded ("Rp5 miliar" for Rp4,99 miliar) or cut ("4,6 Juta" for 4.694.064).
			o.value >= m.value - m.halfUnit &&
			o.value < m.value + 2 * m.halfUnit &&
			Math.abs(o.value - m.value) <= 0.1 * m.value,
	);
}

/** Article structure shared by every number of one text. */
interface Structure {
	text: string;
	sentences: Sentence[];
	paragraphs: Span[];
}

/** How far back a period may be carried over a run of sentences that state figures. */
const RUN_LIMIT = 8;

function contextOf(
	s: Structure,
	m: { start: number; end: number },
	figures: readonly NumberMention[],
) {
	const index = s.sentences.findIndex((x) => x.start <= m.start && m.end <= x.end);
	const sentence = s.sentences[index];
	if (sentence === undefined) return undefined;
	const clause =
		clauses(s.text, sentence).find((c) => c.start <= m.start && m.end <= c.end) ?? sentence;
	const paragraph = s.paragraphs[sentence.paragraph] ?? sentence;
	const before = s.sentences
		.slice(Math.max(0, index - RUN_LIMIT), index)
		.reverse()
		.filter((x) => !isPageChrome(x.text));
	// A paragraph of figures often states its period once ("selama periode 1 Januari-31
	// Oktober 2025 … Rinciannya, …"): the period carries over sentences that all hold figures.
	const run: Sentence[] = [];
	for (const x of before) {
		run.push(x);
		if (!figures.some((f) => f.start >= x.start && f.end <= x.end)) break;
	}
	return { sentence, clause, paragraph, earlier: before.slice(0, 3), run };
}

/**
 * Proposes candidate rows for the figure-like numbers of `text`. Skips dates, times, legal
 * citations, links, page furniture, the "1.000" of "per 1.000" and rhetorical number words;
 * numbers no indicator's words point at; and rows whose confidence (see confidence.ts) is
 * below MIN_CONFIDENCE. Repeated statements of one figure are proposed once, the repeats
 * named in `reason`.
 */
export function extractCandidates(text: string, options: ExtractOptions): Extraction {
	const structure: Structure = { text, sentences: sentences(text), paragraphs: paragraphs(text) };
	const chrome = structure.paragraphs.filter((p) => isPageChrome(p.text));
	const dates = findDates(text);
	const found = options.articleDate
		? { date: options.articleDate, how: 'given' }
		: articleDate(text, dates);
	const article = found?.date;
	const regionMentions = findRegionMentions(text, options.regions);
	const main = mainRegion(regionMentions);
	const known = new Set(options.indicators.keys());

	const figures = findNumberMentions(text).filter(
		(m) =>
			!chrome.some((c) => overlaps(c, m)) && !isNotAFigure(text, m) && !isDatePart(m, text, dates),
	);
	const candidates: Candidate[] = [];
	for (const m of figures) {
		if (isRoundedRestatement(m, figures)) continue;
		const c = candidateFor(m, structure, {
			dates,
			article,
			figures,
			known,
			main,
			regionMentions,
			options,
		});
		if (c) candidates.push(c);
	}
	candidates.push(
		...zeroCandidates(structure, { dates, article, figures, known, main, regionMentions, options }),
	);
	return {
		candidates: merged(candidates.sort((a, b) => a.start - b.start)).filter(
			(c) => c.confidence >= (options.minConfidence ?? MIN_CONFIDENCE),
		),
		...(found ? { articleDate: found } : {}),
		...(main === undefined ? {} : { mainRegion: main }),
	};
}

interface Shared {
	dates: ReturnType<typeof findDates>;
	article: string | undefined;
	figures: readonly NumberMention[];
	known: ReadonlySet<string>;
	main: string | undefined;
	regionMentions: ReturnType<typeof findRegionMentions>;
	options: ExtractOptions;
}

const regionInput = (sh: Shared, text: string): RegionInput => ({
	text,
	mentions: sh.regionMentions,
	main: sh.main,
	regions: sh.options.regions,
	...(sh.options.region === undefined ? {} : { given: sh.options.region }),
});

type Context = NonNullable<ReturnType<typeof contextOf>>;

/** What a row is made of: its region, indicator, breakdowns and period guesses. */
interface Guesses {
	region: FigureRegion;
	indicator: string;
	b: BreakdownGuess;
	period: PeriodGuess;
}

/** The candidate for one number, or undefined when it is rhetoric or no indicator claims it. */
function candidateFor(m: NumberMention, s: Structure, sh: Shared): Candidate | undefined {
	const ctx = contextOf(s, m, sh.figures);
	if (!ctx) return undefined;
	const others = sh.figures.filter((o) => o !== m);
	const nc = numberContext(s.text, m, ctx, others);
	const guess = guessIndicator(nc);
	if (isRhetoric(m, nc.kind)) return undefined;
	// A number no indicator claims is left to the reviewer's reading: a row without an
	// indicator is never right as it stands, and most such numbers are not figures at all.
	if (guess === undefined) return undefined;
	const indicator = sh.options.indicators.get(guess.indicator);
	// A guess the data set has no indicator for leaves the cell to the reviewer.
	const indicatorId = sh.known.has(guess.indicator) ? guess.indicator : '';
	const value = valueIn(m, indicator);
	const scopes = scopesOf(s, ctx, m);
	const b = guessBreakdowns(scopes, indicatorId, indicator?.breakdowns ?? []);
	const period = guessPeriod(
		periodInput(s, ctx, m, sh, {
			others,
			measure: measureOf(indicatorId, indicator?.kind, nc.clauseBefore),
			forward: b.basis !== 'actual' || isForward(nc.clauseBefore),
		}),
	);
	const { basis, plan, notes } = laterPeriodBasis(b, period, sh.article, indicatorId, scopes);
	const region = figureRegion(regionInput(sh, s.text), [ctx.clause, ctx.sentence], m.start);
	const g: Guesses = { region, indicator: indicatorId, b, period };
	const quote = quoteText(s, ctx, m, others);
	const reasons = reasonsFor(g, indicatorReason(guess, indicatorId), notes);
	const unread = indicator !== undefined && !quoteStatesValue(quote, value, indicator.unit);
	if (unread) reasons.push('check-data may not read the value in this quote — widen it');
	return row(g, {
		basis: basis === 'actual' ? '' : basis,
		plan,
		value,
		qualifier: m.qualifier ?? '',
		quote,
		factors: factorsOf(g, guess.tier, unread, basis !== 'actual'),
		reason: reasons.join('; '),
		raw: m.raw,
		start: m.start,
	});
}

/**
 * Number words ("tiga tantangan", "dua tahun terakhir") are rhetoric unless they carry a
 * percent or fill an indicator.
 */
const isRhetoric = (m: NumberMention, kind: MentionKind) =>
	!/\d/.test(m.raw) && kind !== 'rank' && kind !== 'percent' && kind !== 'duration';

/** What {@link guessIndicator} reads around `m`. */
function numberContext(
	text: string,
	m: NumberMention,
	ctx: Context,
	others: readonly NumberMention[],
): NumberContext {
	const inClause = others.filter((o) => o.end <= m.start && o.start >= ctx.clause.start).at(-1);
	return {
		mention: m,
		kind: mentionKind(m),
		before: text.slice(ctx.sentence.start, m.start),
		after: text.slice(m.end, ctx.sentence.end),
		clauseBefore: text.slice(ctx.clause.start, m.start),
		...(inClause
			? { previous: { mention: inClause, gap: text.slice(inClause.end, m.start) } }
			: {}),
		earlier: ctx.earlier.map((e) => e.text),
	};
}

/** The value in the indicator's unit: years as months for an indicator counted in months. */
function valueIn(m: NumberMention, indicator: Indicator | undefined): number {
	const months =
		indicator?.unit === 'months' && m.unitWord !== undefined && /^tahun?$/.test(m.unitWord);
	return months ? m.value * 12 : m.value;
}

/** Where {@link guessBreakdowns} looks for the figure at `number`. */
const scopesOf = (s: Structure, ctx: Context, number: Range): Scopes => ({
	text: s.text,
	number,
	clause: ctx.clause,
	sentence: ctx.sentence,
	paragraph: ctx.paragraph,
});

/** What {@link guessPeriod} needs for the figure at `number`. */
const periodInput = (
	s: Structure,
	ctx: Context,
	number: Range,
	sh: Shared,
	how: Pick<PeriodInput, 'others' | 'measure' | 'forward'>,
): PeriodInput => ({
	text: s.text,
	number,
	clause: ctx.clause,
	sentence: ctx.sentence,
	earlier: ctx.run,
	dates: sh.dates,
	others: how.others,
	article: sh.article,
	measure: how.measure,
	forward: how.forward,
});

/** A stated value for a later period than the article is a target or a plan, not a result. */
function laterPeriodBasis(
	b: BreakdownGuess,
	period: PeriodGuess,
	article: string | undefined,
	indicatorId: string,
	scopes: Scopes,
): { basis: Basis; plan: Plan | ''; notes: string[] } {
	const out = { basis: b.basis, plan: b.plan, notes: [...b.notes] };
	const later = article !== undefined && period.period.slice(0, 4) > article.slice(0, 4);
	if (out.basis !== 'actual' || !later) return out;
	if (indicatorId === 'coverage_rate') {
		// The same plan search as a target word's: a plan named nearby, BPJS, else UNNAMED.
		const plan = guessPlan(scopes);
		out.basis = 'target';
		out.plan = plan.plan;
		out.notes.push('basis target: period after the article', plan.note);
	} else if (/budget|aid_/.test(indicatorId)) {
		out.basis = 'planned';
		out.notes.push('basis planned: period after the article');
	}
	return out;
}

/** The clause's words around the figure at `span`, as quote. */
function quoteText(
	s: Structure,
	ctx: Context,
	span: Range,
	others: readonly NumberMention[],
): string {
	const q = quoteSpan(s.text, ctx.clause, span, others);
	return s.text.slice(q.start, q.end);
}

const indicatorReason = (guess: IndicatorGuess, indicatorId: string) =>
	indicatorId === ''
		? `indicator: "${guess.cue}" suggests ${guess.indicator}, which the data set lacks — choose one`
		: `indicator: "${guess.cue}" (${guess.tier})`;

/** Why each guess was made: the indicator's reason, then period, region and breakdowns. */
const reasonsFor = (g: Guesses, indicator: string, notes: readonly string[]): string[] => [
	indicator,
	g.period.source === 'none'
		? 'period not found — fill in'
		: `period: "${g.period.raw}" (${g.period.source})`,
	g.region.why,
	...notes,
];

/** What a row's confidence is read from (confidence.ts); a restatement is marked by {@link merged}. */
const factorsOf = (
	g: Guesses,
	tier: Tier,
	unread: boolean,
	forward: boolean,
): ConfidenceFactors => ({
	tier,
	period: g.period.source,
	region: g.region.source,
	indicator: g.indicator,
	unread,
	basis: forward,
	statedAgain: false,
});

/** A candidate row from its guesses and the rest of its cells. */
function row(
	g: Guesses,
	rest: Pick<
		Candidate,
		'basis' | 'plan' | 'value' | 'qualifier' | 'quote' | 'factors' | 'reason' | 'raw' | 'start'
	>,
): Candidate {
	return {
		region: g.region.code,
		indicator: g.indicator,
		segment: g.b.segment,
		program: g.b.program,
		funding: g.b.funding,
		level: g.b.level,
		basis: rest.basis,
		plan: rest.plan,
		period: g.period.period,
		value: rest.value,
		qualifier: rest.qualifier,
		quote: rest.quote,
		note: '',
		confidence: confidenceOf(confidenceLogit(rest.factors)),
		factors: rest.factors,
		reason: rest.reason,
		raw: rest.raw,
		start: rest.start,
	};
}

/** "belum ada penyaluran manfaat klaim": a stated zero, proposed as claims of 0. */
function zeroCandidates(s: Structure, sh: Shared): Candidate[] {
	const out: Candidate[] = [];
	const re = new RegExp(String.raw`\b(?:${ZERO_PHRASES.join('|')})\b`, 'gi');
	for (const z of s.text.matchAll(re)) {
		const c = zeroCandidate(z, s, sh);
		if (c) out.push(c);
	}
	return out;
}

/** The claims-of-0 row for the zero phrase `z`, when claims follow it in its clause. */
function zeroCandidate(z: RegExpExecArray, s: Structure, sh: Shared): Candidate | undefined {
	const span = { start: z.index, end: z.index + z[0].length };
	const ctx = contextOf(s, span, sh.figures);
	if (!ctx || !CLAIMS.test(s.text.slice(span.end, ctx.clause.end))) return undefined;
	const indicator = sh.options.indicators.get('claims_amount');
	if (!indicator) return undefined;
	const b = guessBreakdowns(scopesOf(s, ctx, span), indicator.id, indicator.breakdowns);
	const period = guessPeriod(
		periodInput(s, ctx, span, sh, { others: sh.figures, measure: 'flow', forward: false }),
	);
	const region = figureRegion(regionInput(sh, s.text), [ctx.clause, ctx.sentence], span.start);
	const g: Guesses = { region, indicator: indicator.id, b, period };
	return row(g, {
		basis: '',
		plan: '',
		value: 0,
		qualifier: '',
		quote: quoteText(s, ctx, span, sh.figures),
		factors: factorsOf(g, 'earlier', false, false),
		reason: reasonsFor(g, `indicator: "${z[0]}" … klaim, a stated zero`, b.notes).join('; '),
		raw: z[0],
		start: span.start,
	});
}

/**
 * One candidate per value, indicator, region and period: a figure restated (in the headline, a
 * summary) is one figure, with the breakdowns of its first statement; later statements are
 * named in its reason.
 */
function merged(candidates: Candidate[]): Candidate[] {
	const byKey = new Map<string, Candidate>();
	const out: Candidate[] = [];
	for (const c of candidates) {
		const key = [c.region, c.indicator, c.period, c.value].join('|');
		const first = byKey.get(key);
		if (first === undefined) {
			byKey.set(key, c);
			out.push(c);
			continue;
		}
		// The row keeps the evidence of its first statement, whose quote it shows: never chosen
		// by the weights, so refitting them cannot change the rows they are fitted on.
		first.factors = { ...first.factors, statedAgain: true };
		first.confidence = confidenceOf(confidenceLogit(first.factors));
		first.reason += `; stated again: "${c.quote}"`;
	}
	return out;
}
