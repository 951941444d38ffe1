/**
 * How well `extract` does on real articles: its proposals for each article compared with the
 * reviewed figures.csv of the article's source. A proposal is right when value, indicator,
 * region and period all equal a truth row, each truth row matched at most once; precision is
 * right proposals over proposals, recall matched truth rows over truth rows. Each article
 * belongs to a half (test/extract-corpus/README.md): tuning and the first held-out half, which
 * may be read while changing the extractor (the first held-out half is spent), or the second
 * held-out set, every article not in the first corpus, which is only measured.
 */
import { createHash } from 'node:crypto';
import type { Dataset } from '../schema/dataset.ts';
import type { Figure } from '../schema/figure.ts';
import { extractCandidates } from './candidates.ts';

/** The parts of the corpus: the first corpus's two halves, then the second held-out set. */
export const HALVES = ['tuning', 'held-out', 'held-out-2'] as const;
export type Half = (typeof HALVES)[number];

/** The part whose articles are never listed: only its totals are reported. */
export const SEALED: Half = 'held-out-2';

/** Proposals at least this sure are counted apart (what a reviewer would accept first). */
export const HIGH_CONFIDENCE = 0.8;

/**
 * The half an article belongs to, fixed by its source id alone: an article outside the first
 * corpus (the ids frozen in first-corpus.ids) is in the second held-out set; within it,
 * held-out when the first hex digit of the SHA-256 of the id is 0–7, tuning otherwise.
 */
export function corpusHalf(sourceId: string, firstCorpus: ReadonlySet<string>): Half {
	if (!firstCorpus.has(sourceId)) return 'held-out-2';
	const first = createHash('sha256').update(sourceId, 'utf8').digest('hex')[0] ?? '0';
	return parseInt(first, 16) < 8 ? 'held-out' : 'tuning';
}

/** The ids of a corpus list (first-corpus.ids): one per line, `#` starts a comment line. */
export function parseCorpusIds(text: string): Set<string> {
	return new Set(
		text
			.split(/\r?\n/)
			.map((line) => line.trim())
			.filter((line) => line !== '' && !line.startsWith('#')),
	);
}

/** The columns a proposal must get right, plus its quote for the verbose listing. */
export interface Row {
	value: number;
	indicator: string;
	region: string;
	period: string;
	quote: string;
}

/** A proposal of `extract`, with its confidence. */
export interface Proposal extends Row {
	confidence: number;
}

/** The fields that can be wrong when the value is found. */
export type WrongField = 'indicator' | 'region' | 'period';

const FIELDS: readonly WrongField[] = ['indicator', 'region', 'period'];

/**
 * Why a proposal is wrong: its value is in no truth row (`value`), or it is (the fields it got
 * wrong against the closest such row; none when that row was already matched by a surer
 * proposal, a `duplicate`).
 */
export type Wrong =
	| { proposal: Proposal; kind: 'value' }
	| { proposal: Proposal; kind: 'fields'; fields: WrongField[]; closest: Row };

/** One article scored. */
export interface ArticleScore {
	sourceId: string;
	half: Half;
	truth: number;
	proposals: number;
	/** Right proposals, which is also the number of truth rows matched. */
	right: number;
	/** Proposals with confidence ≥ HIGH_CONFIDENCE, and how many of them are right. */
	high: number;
	highRight: number;
	/** Truth rows no proposal matched. */
	misses: Row[];
	wrong: Wrong[];
}

/** Numbers as figures.csv and the extractor write them: equal up to float noise. */
const sameValue = (a: number, b: number) =>
	a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

const wrongFields = (p: Row, t: Row): WrongField[] => FIELDS.filter((f) => p[f] !== t[f]);

/**
 * Scores one article's proposals against its truth rows. Surer proposals are matched first,
 * so a repeated proposal counts against the less sure copy.
 */
export function scoreArticle(
	sourceId: string,
	proposals: readonly Proposal[],
	truth: readonly Row[],
	half: Half,
): ArticleScore {
	const matched = new Set<number>();
	const wrong: Wrong[] = [];
	let right = 0;
	let high = 0;
	let highRight = 0;
	const order = proposals
		.map((p, i) => ({ p, i }))
		.sort((a, b) => b.p.confidence - a.p.confidence || a.i - b.i);
	for (const { p } of order) {
		const sure = p.confidence >= HIGH_CONFIDENCE;
		if (sure) high++;
		const hit = truth.findIndex(
			(t, i) => !matched.has(i) && sameValue(p.value, t.value) && wrongFields(p, t).length === 0,
		);
		if (hit >= 0) {
			matched.add(hit);
			right++;
			if (sure) highRight++;
			continue;
		}
		let closest: Row | undefined;
		let fields: WrongField[] = [];
		for (const t of truth) {
			if (!sameValue(p.value, t.value)) continue;
			const f = wrongFields(p, t);
			if (closest === undefined || f.length < fields.length) {
				closest = t;
				fields = f;
			}
		}
		wrong.push(
			closest === undefined
				? { proposal: p, kind: 'value' }
				: { proposal: p, kind: 'fields', fields, closest },
		);
	}
	// Wrong proposals back in text order, for reading.
	const at = new Map(proposals.map((p, i) => [p, i]));
	wrong.sort((a, b) => (at.get(a.proposal) ?? 0) - (at.get(b.proposal) ?? 0));
	return {
		sourceId,
		half,
		truth: truth.length,
		proposals: proposals.length,
		right,
		high,
		highRight,
		misses: truth.filter((_, i) => !matched.has(i)),
		wrong,
	};
}

/** Every label, in report order: single fields, pairs, all three, then duplicates and absent values. */
export const WRONG_LABELS = [
	'indicator',
	'region',
	'period',
	'indicator + region',
	'indicator + period',
	'region + period',
	'indicator + region + period',
	'duplicate',
	'value not in truth',
] as const;

/** What a wrong proposal got wrong. */
export type WrongLabel = (typeof WRONG_LABELS)[number];

/** The label a wrong proposal is counted under: `value not in truth`, `duplicate`, `indicator + period`… */
export function wrongLabel(w: Wrong): WrongLabel {
	if (w.kind === 'value') return 'value not in truth';
	// FIELDS order makes every join one of WRONG_LABELS.
	return w.fields.length === 0 ? 'duplicate' : (w.fields.join(' + ') as WrongLabel);
}

/** A ratio that may be missing: none when there is nothing to divide by. */
export interface Ratio {
	count: number;
	of: number;
	/** count / of, or null when `of` is 0 (missing, not zero). */
	value: number | null;
}

const ratio = (count: number, of: number): Ratio => ({
	count,
	of,
	value: of === 0 ? null : count / of,
});

/** The totals of a set of articles. */
export interface Tally {
	articles: number;
	truth: number;
	proposals: number;
	right: number;
	precision: Ratio;
	recall: Ratio;
	/** Proposals with confidence ≥ HIGH_CONFIDENCE. */
	high: { proposals: number; right: number; precision: Ratio };
	/** Wrong proposals by label (WRONG_LABELS), every label present. */
	wrong: Record<WrongLabel, number>;
}

/** Adds up article scores. */
export function tally(scores: readonly ArticleScore[]): Tally {
	const sum = (f: (s: ArticleScore) => number) => scores.reduce((n, s) => n + f(s), 0);
	const truth = sum((s) => s.truth);
	const proposals = sum((s) => s.proposals);
	const right = sum((s) => s.right);
	const high = sum((s) => s.high);
	const highRight = sum((s) => s.highRight);
	const wrong = Object.fromEntries(WRONG_LABELS.map((l) => [l, 0])) as Tally['wrong'];
	for (const w of scores.flatMap((s) => s.wrong)) wrong[wrongLabel(w)] += 1;
	return {
		articles: scores.length,
		truth,
		proposals,
		right,
		precision: ratio(right, proposals),
		recall: ratio(right, truth),
		high: { proposals: high, right: highRight, precision: ratio(highRight, high) },
		wrong,
	};
}

/** The truth rows of a source: its reviewed figures. */
export function truthRows(figures: readonly Figure[]): Row[] {
	return figures.map((f) => ({
		value: f.value,
		indicator: f.indicator,
		region: f.region,
		period: f.period.text,
		quote: f.quote,
	}));
}

/** One corpus text, named by the source it was recorded for. */
export interface Article {
	sourceId: string;
	text: string;
}

/** An article left out, and why. */
export interface Skipped {
	sourceId: string;
	reason: string;
}

/** Every article scored, and those that could not be. */
export interface Evaluation {
	scores: ArticleScore[];
	skipped: Skipped[];
}

/**
 * Runs `extract` on every article as `npm run extract -- <text> --date <published>` does
 * (the dataset's regions and indicators, no --region, the source's published date as the
 * article date) and scores it against the source's figures. An article whose source did not
 * load is skipped. `firstCorpus` holds the ids of the first corpus (first-corpus.ids).
 */
export function evaluateCorpus(
	articles: readonly Article[],
	dataset: Dataset,
	firstCorpus: ReadonlySet<string>,
): Evaluation {
	const bySource = new Map<string, Figure[]>();
	for (const f of dataset.figures) {
		const list = bySource.get(f.sourceId);
		if (list) list.push(f);
		else bySource.set(f.sourceId, [f]);
	}
	const scores: ArticleScore[] = [];
	const skipped: Skipped[] = [];
	for (const { sourceId, text } of articles) {
		const source = dataset.sources.get(sourceId);
		if (source === undefined) {
			skipped.push({ sourceId, reason: 'its source.json did not load (run npm run check-data)' });
			continue;
		}
		const { candidates } = extractCandidates(text.replace(/^\uFEFF/, ''), {
			regions: dataset.regions,
			indicators: dataset.indicators,
			articleDate: source.published,
		});
		const proposals = candidates.map((c): Proposal => ({
			value: c.value,
			indicator: c.indicator,
			region: c.region,
			period: c.period,
			quote: c.quote,
			confidence: c.confidence,
		}));
		const truth = truthRows(bySource.get(sourceId) ?? []);
		scores.push(scoreArticle(sourceId, proposals, truth, corpusHalf(sourceId, firstCorpus)));
	}
	return { scores, skipped };
}
