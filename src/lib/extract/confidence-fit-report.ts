/**
 * The report of `eval-extract --fit-confidence`: the rows per feature, the penalties tried,
 * the weights to paste into confidence.ts, and the out-of-fold reliability table and curve of
 * precision and recall by cut that say what the confidences mean on unseen articles.
 */
import { table } from '../bench/report.ts';
import { formatNumber, formatPercent } from '../format/number.ts';
import { atCuts, reliability, type Band, type ConfidenceFit } from './confidence-fit.ts';
import type { FitData, FitRow } from './confidence-rows.ts';

const int = (n: number) => formatNumber(n, 'en');
const dec = (n: number, digits = 2) => formatNumber(n, 'en', digits, true);
const share = (count: number, of: number) =>
	of === 0 ? '–' : `${formatPercent((count / of) * 100, 'en', 1, true)} (${int(count)}/${int(of)})`;

/** Rows and right rows per feature, most frequent first. */
function featureLines(rows: readonly FitRow[]): string[][] {
	const counts = new Map<string, { rows: number; right: number }>();
	for (const r of rows) {
		for (const f of r.features) {
			const c = counts.get(f) ?? { rows: 0, right: 0 };
			c.rows++;
			if (r.right) c.right++;
			counts.set(f, c);
		}
	}
	return [...counts]
		.sort((a, b) => b[1].rows - a[1].rows || a[0].localeCompare(b[0]))
		.map(([f, c]) => [f, int(c.rows), share(c.right, c.rows)]);
}

/** The weights as the literal confidence.ts holds, rounded to hundredths. */
export function weightsLiteral(fit: ConfidenceFit): string[] {
	const entries = Object.entries(fit.weights).map(([name, w]) => {
		const key = /^[a-z]+$/i.test(name) ? name : `'${name}'`;
		return `\t${key}: ${Math.round(w * 100) / 100 || 0},`;
	});
	return ['export const WEIGHTS: Weights = {', ...entries, '};'];
}

const bandCells = (b: Band) => [
	int(b.rows),
	b.predicted === null ? '–' : dec(b.predicted),
	share(b.right, b.rows),
];

const EDGES = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];
const CUTS = Array.from({ length: 41 }, (_, i) => (20 + i) / 100);

/** Per half of the first corpus, out of fold: mean confidence, share right, and the rows at ≥ `high`. */
function byHalf(data: FitData, fit: ConfidenceFit, high: number): string[][] {
	const halves = [...new Set(data.rows.map((r) => r.half))].sort();
	return halves.map((half) => {
		const rows = data.rows
			.map((r, i) => ({ r, p: fit.outOfFold[i] ?? 0 }))
			.filter(({ r }) => r.half === half);
		const mean = rows.reduce((s, { p }) => s + p, 0) / Math.max(1, rows.length);
		const kept = rows.filter(({ p }) => p >= high);
		return [
			half,
			dec(mean),
			share(rows.filter(({ r }) => r.right).length, rows.length),
			share(kept.filter(({ r }) => r.right).length, kept.length),
		];
	});
}

/** The reliability table, of every row and of the held-out half's (the half most like unseen articles). */
function reliabilityLines(data: FitData, fit: ConfidenceFit): string[] {
	const bands = reliability(data.rows, fit.outOfFold, EDGES);
	const held = data.rows
		.map((r, i) => ({ r, p: fit.outOfFold[i] ?? 0 }))
		.filter(({ r }) => r.half === 'held-out');
	const heldOut = reliability(
		held.map(({ r }) => r),
		held.map(({ p }) => p),
		EDGES,
	);
	const head = ['confidence', 'rows', 'predicted', 'observed'];
	return table([
		[...head, 'held-out half rows', 'predicted', 'observed'],
		...bands.map((b, i) => {
			const h = heldOut[i];
			return [`${dec(b.from, 1)}–${dec(b.to, 1)}`, ...bandCells(b), ...(h ? bandCells(h) : [])];
		}),
	]);
}

/** Precision and recall at each cut, out of fold. */
const cutLines = (data: FitData, fit: ConfidenceFit) =>
	table([
		['cut', 'proposals', 'precision', 'recall'],
		...atCuts(data.rows, fit.outOfFold, data.truth, CUTS).map((c) => [
			dec(c.cut),
			int(c.proposals),
			share(c.right, c.proposals),
			share(c.right, c.truth),
		]),
	]);

/** The penalties tried, with their out-of-fold log-loss and rows at ≥ `high`. */
const trialLines = (fit: ConfidenceFit, high: number) =>
	table([
		['lambda', 'log-loss', `rows ≥ ${dec(high)}`, 'right'],
		...fit.trials.map((t) => [
			dec(t.lambda, 1),
			dec(t.logLoss, 4),
			int(t.high.rows),
			share(t.high.right, t.high.rows),
		]),
	]);

/** The plain-text report. */
export function formatFit(
	data: FitData,
	fit: ConfidenceFit,
	o: { folds: number; high: number; minConfidence: number },
): string {
	const right = data.rows.filter((r) => r.right).length;
	const lines = [
		`Confidence fitted on the first corpus: ${int(data.articles)} articles, ${int(data.truth)} truth rows, ${int(data.rows.length)} uncut proposals, ${share(right, data.rows.length)} right.`,
		`Articles split into ${o.folds} folds by SHA-256 of the source id; every figure below except the weights is out of fold.`,
		'',
		'Rows per feature:',
		...table([['feature', 'rows', 'right'], ...featureLines(data.rows)]),
		'',
		'L2 penalties tried (out-of-fold, nuisance features included):',
		...trialLines(fit, o.high),
		`Chosen: lambda ${dec(fit.lambda, 1)} (lowest out-of-fold log-loss). Weights fitted on every row (leave out the nuisance half:tuning):`,
		...weightsLiteral(fit),
		'',
		'Reliability (out-of-fold, as extract would give them: without nuisance features):',
		...reliabilityLines(data, fit),
		'By half (out-of-fold):',
		...table([
			['half', 'mean confidence', 'right', `right at ≥ ${dec(o.high)}`],
			...byHalf(data, fit, o.high),
		]),
		'',
		`Precision and recall by cut (out-of-fold; MIN_CONFIDENCE is ${dec(o.minConfidence)}):`,
		...cutLines(data, fit),
	];
	return `${lines.join('\n')}\n`;
}
