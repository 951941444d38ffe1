/**
 * Fitting the confidence model (confidence.ts) so that its numbers mean something on articles
 * it was not fitted on. Rows are split into folds by article (rows of one article are
 * correlated: one misread date makes all its rows wrong), each fold is predicted by a model
 * fitted on the others, and the L2 penalty is chosen by the out-of-fold log-loss; the final
 * weights are then fitted on every row with that penalty. Calibration is judged on the
 * out-of-fold predictions only: a reliability table, the accuracy of rows at ≥ 0.8, and
 * precision and recall at each candidate cut.
 */
import { createHash } from 'node:crypto';
import { confidenceOf, logitOf, type Weights } from './confidence.ts';
import { fitLogistic, type LabelledRow } from './logistic.ts';

/**
 * How `eval-extract --fit-confidence` fits: 10 folds of articles, penalties from almost none
 * to strong (in rows of evidence per weight).
 */
export const FIT_OPTIONS = {
	folds: 10,
	lambdas: [1, 2, 5, 10, 15, 20, 30, 50, 100],
} as const;

/** A labelled row and the article it came from. */
export interface GroupedRow extends LabelledRow {
	group: string;
}

/** The fold of an article, fixed by its id alone (SHA-256, so no fold is steered by content). */
export function foldOf(group: string, folds: number): number {
	return parseInt(createHash('sha256').update(group, 'utf8').digest('hex').slice(0, 8), 16) % folds;
}

/** Every row's confidence (rounded as extract rounds it) under `weights`. */
export const predict = (rows: readonly LabelledRow[], weights: Weights): number[] =>
	rows.map((r) => confidenceOf(logitOf(r.features, weights)));

/** Out-of-fold confidences: with the nuisance features (to choose the penalty), and without (as extract would give). */
export interface OutOfFold {
	fitted: number[];
	unseen: number[];
}

/** Each row's confidence from a model fitted without its article's fold. */
export function outOfFold(rows: readonly GroupedRow[], lambda: number, folds: number): OutOfFold {
	const fold = rows.map((r) => foldOf(r.group, folds));
	const out: OutOfFold = {
		fitted: new Array<number>(rows.length).fill(0),
		unseen: new Array<number>(rows.length).fill(0),
	};
	for (let k = 0; k < folds; k++) {
		const weights = fitLogistic(
			rows.filter((_, i) => fold[i] !== k),
			lambda,
		);
		rows.forEach((r, i) => {
			if (fold[i] !== k) return;
			out.fitted[i] = confidenceOf(logitOf([...r.features, ...(r.nuisance ?? [])], weights));
			out.unseen[i] = confidenceOf(logitOf(r.features, weights));
		});
	}
	return out;
}

/** Mean log-loss of confidences `p` (clipped off 0 and 1, as they are rounded to hundredths). */
export function logLoss(rows: readonly LabelledRow[], p: readonly number[]): number {
	const clip = (x: number) => Math.min(0.995, Math.max(0.005, x));
	const sum = rows.reduce((s, r, i) => {
		const q = clip(p[i] ?? 0.5);
		return s - Math.log(r.right ? q : 1 - q);
	}, 0);
	return rows.length === 0 ? 0 : sum / rows.length;
}

/** Rows whose confidence lies in [from, to): how many, their mean confidence and how many are right. */
export interface Band {
	from: number;
	to: number;
	rows: number;
	predicted: number | null;
	right: number;
}

/** The reliability table of confidences `p`: one band per pair of `edges` (the last band includes 1). */
export function reliability(
	rows: readonly LabelledRow[],
	p: readonly number[],
	edges: readonly number[],
): Band[] {
	return edges.slice(0, -1).map((from, b) => {
		const to = edges[b + 1] ?? 1;
		const last = b === edges.length - 2;
		const inBand = rows
			.map((r, i) => ({ r, q: p[i] ?? 0 }))
			.filter(({ q }) => q >= from && (q < to || (last && q <= to)));
		const sum = inBand.reduce((s, { q }) => s + q, 0);
		return {
			from,
			to,
			rows: inBand.length,
			predicted: inBand.length === 0 ? null : sum / inBand.length,
			right: inBand.filter(({ r }) => r.right).length,
		};
	});
}

/** What a cut keeps: proposals at or above it, how many are right, of how many truth rows. */
export interface CutResult {
	cut: number;
	proposals: number;
	right: number;
	truth: number;
}

/** Precision and recall counts at each cut, from confidences `p` (right rows each match a distinct truth row). */
export function atCuts(
	rows: readonly LabelledRow[],
	p: readonly number[],
	truth: number,
	cuts: readonly number[],
): CutResult[] {
	return cuts.map((cut) => {
		const kept = rows.filter((_, i) => (p[i] ?? 0) >= cut);
		return { cut, proposals: kept.length, right: kept.filter((r) => r.right).length, truth };
	});
}

/** One penalty tried: its out-of-fold log-loss and the accuracy of its rows at ≥ `high`. */
export interface PenaltyTrial {
	lambda: number;
	logLoss: number;
	high: { rows: number; right: number };
}

/** The fitted model, how its penalty was chosen, and its out-of-fold predictions. */
export interface ConfidenceFit {
	lambda: number;
	weights: Weights;
	trials: PenaltyTrial[];
	/** Out-of-fold confidences under the chosen penalty, one per row, without nuisance features. */
	outOfFold: number[];
}

/**
 * Chooses the penalty among `lambdas` with the lowest out-of-fold log-loss (the first on a
 * tie; nuisance features included, as fitted), then fits every row with it.
 */
export function fitConfidence(
	rows: readonly GroupedRow[],
	o: { lambdas: readonly number[]; folds: number; high: number },
): ConfidenceFit {
	let best: { trial: PenaltyTrial; p: number[] } | undefined;
	const trials = o.lambdas.map((lambda) => {
		const oof = outOfFold(rows, lambda, o.folds);
		const p = oof.unseen;
		const high = rows.filter((_, i) => (p[i] ?? 0) >= o.high);
		const trial: PenaltyTrial = {
			lambda,
			logLoss: logLoss(rows, oof.fitted),
			high: { rows: high.length, right: high.filter((r) => r.right).length },
		};
		if (best === undefined || trial.logLoss < best.trial.logLoss) best = { trial, p };
		return trial;
	});
	const lambda = best?.trial.lambda ?? o.lambdas[0] ?? 1;
	return { lambda, weights: fitLogistic(rows, lambda), trials, outOfFold: best?.p ?? [] };
}
