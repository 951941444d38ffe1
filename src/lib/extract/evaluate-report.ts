/**
 * The text and JSON reports of `eval-extract`: totals per half, wrong proposals by what was
 * wrong, and, for the first corpus only (never the sealed second held-out set), each article's
 * misses and wrong proposals.
 */
import { table } from '../bench/report.ts';
import { formatNumber, formatPercent } from '../format/number.ts';
import {
	HIGH_CONFIDENCE,
	SEALED,
	tally,
	WRONG_LABELS,
	wrongLabel,
	type ArticleScore,
	type Evaluation,
	type Half,
	type Ratio,
	type Row,
	type Tally,
	type Wrong,
} from './evaluate.ts';

/** Which half to report: one, or both and the total. */
export type HalfChoice = Half | 'all';

/** What to report. */
export interface ReportOptions {
	half: HalfChoice;
	/** List each article's misses and wrong proposals. Never the sealed set's. */
	verbose: boolean;
	/** Where the texts were read, for the heading. */
	corpus: string;
}

/** The tallies reported, by name, in order. */
export function tallies(e: Evaluation, half: HalfChoice): [HalfChoice, Tally][] {
	const of = (h: Half) => e.scores.filter((s) => s.half === h);
	if (half !== 'all') return [[half, tally(of(half))]];
	return [
		['tuning', tally(of('tuning'))],
		['held-out', tally(of('held-out'))],
		['held-out-2', tally(of('held-out-2'))],
		['all', tally(e.scores)],
	];
}

/** The articles whose details may be shown: the first corpus's, of the half asked for. */
const readable = (e: Evaluation, half: HalfChoice): ArticleScore[] =>
	e.scores.filter((s) => s.half !== SEALED && (half === 'all' || s.half === half));

const int = (n: number) => formatNumber(n, 'en');
const percent = (r: Ratio) =>
	r.value === null
		? '–'
		: `${formatPercent(r.value * 100, 'en', 1, true)} (${int(r.count)}/${int(r.of)})`;
const confidence = (c: number) => formatNumber(c, 'en', 2, true);

/** A quote cut to a readable length. */
function short(quote: string, max = 90): string {
	const q = quote.replace(/\s+/g, ' ').trim();
	return q.length <= max ? q : `${q.slice(0, max - 1)}…`;
}

const describe = (r: Row) =>
	`${r.indicator || '(no indicator)'} ${r.region || '(no region)'} ${r.period || '(no period)'} = ${r.value}`;

function wrongLine(w: Wrong): string {
	const p = w.proposal;
	const truth = w.kind === 'fields' && w.fields.length > 0 ? `; truth ${describe(w.closest)}` : '';
	return `    wrong (${wrongLabel(w)}): ${describe(p)}${truth}; confidence ${confidence(p.confidence)} «${short(p.quote)}»`;
}

function articleLines(s: ArticleScore): string[] {
	return [
		`  ${s.sourceId}: ${s.truth} truth rows, ${s.proposals} proposals, ${s.right} right`,
		...s.misses.map((m) => `    missed: ${describe(m)} «${short(m.quote)}»`),
		...s.wrong.map(wrongLine),
	];
}

/** The plain-text report. */
export function formatEvaluation(e: Evaluation, o: ReportOptions): string {
	const rows = tallies(e, o.half);
	const high = `≥ ${confidence(HIGH_CONFIDENCE)}`;
	const lines = [
		`extract measured on ${o.corpus}: ${int(e.scores.length)} articles scored, ${int(e.skipped.length)} skipped.`,
		"Each article is run as `npm run extract -- <text> --date <source's published date>` (no --region).",
		'A proposal is right when value, indicator, region and period equal a truth row (each row matched once).',
		'',
		...table([
			[
				'half',
				'articles',
				'truth rows',
				'proposals',
				'right',
				'precision',
				'recall',
				`proposals ${high}`,
				`precision ${high}`,
			],
			...rows.map(([name, t]) => [
				name,
				int(t.articles),
				int(t.truth),
				int(t.proposals),
				int(t.right),
				percent(t.precision),
				percent(t.recall),
				int(t.high.proposals),
				percent(t.high.precision),
			]),
		]),
		'',
		'Wrong proposals by what was wrong (value found in a truth row but these fields differ; a duplicate repeats a matched row):',
		...table([
			['wrong', ...rows.map(([name]) => name)],
			...WRONG_LABELS.filter((l) => rows.some(([, t]) => t.wrong[l] > 0)).map((l) => [
				l,
				...rows.map(([, t]) => int(t.wrong[l])),
			]),
		]),
	];
	if (e.skipped.length > 0) {
		lines.push('', 'Skipped:', ...e.skipped.map((s) => `  ${s.sourceId}: ${s.reason}`));
	}
	if (o.verbose) {
		lines.push('', 'Articles:', ...readable(e, o.half).flatMap(articleLines));
		if (o.half === 'all') lines.push(`(${SEALED} articles are not listed)`);
	}
	return `${lines.join('\n')}\n`;
}

/** The JSON report: the same tallies, and the readable articles when verbose. */
export function evaluationJson(e: Evaluation, o: ReportOptions): string {
	return `${JSON.stringify(
		{
			corpus: o.corpus,
			articleDate: "the source's published date, as extract --date",
			highConfidence: HIGH_CONFIDENCE,
			halves: Object.fromEntries(tallies(e, o.half)),
			skipped: e.skipped,
			...(o.verbose ? { articles: readable(e, o.half) } : {}),
		},
		null,
		'\t',
	)}\n`;
}
