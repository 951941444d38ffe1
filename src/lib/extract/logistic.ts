/**
 * L2-regularised logistic regression over named binary features, fitted by Newton's method.
 * The penalty `lambda / 2 · Σ w²` (on every weight but the intercept) pulls a weight estimated
 * from few rows towards 0, the weight of a feature never seen; lambda is in rows, so a penalty
 * of 10 weighs like about ten rows of evidence against each weight.
 */
import { INTERCEPT, type Weights } from './confidence.ts';

/** One labelled row: the names of its features (the intercept is implicit) and its outcome. */
export interface LabelledRow {
	features: readonly string[];
	/**
	 * Features fitted but never predicted from: they absorb what differs between the rows fitted
	 * and the rows the model will see (confidence-rows.ts).
	 */
	nuisance?: readonly string[];
	right: boolean;
}

/** Every feature a row is fitted with. */
const fitted = (r: LabelledRow) => [...r.features, ...(r.nuisance ?? [])];

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** An entry of a vector or matrix row, 0 past its end (indices here are always in range). */
const at = (v: readonly number[] | undefined, i: number) => v?.[i] ?? 0;

/** Solves `a · x = b` by Gaussian elimination with partial pivoting (a is symmetric positive definite here). */
export function solve(a: readonly (readonly number[])[], b: readonly number[]): number[] {
	const n = b.length;
	const m = a.map((row, i) => [...row, at(b, i)]);
	for (let col = 0; col < n; col++) {
		let pivot = col;
		for (let r = col + 1; r < n; r++) {
			if (Math.abs(at(m[r], col)) > Math.abs(at(m[pivot], col))) pivot = r;
		}
		const p = m[pivot] ?? [];
		m[pivot] = m[col] ?? [];
		m[col] = p;
		for (let r = col + 1; r < n; r++) {
			const row = m[r] ?? [];
			const f = at(row, col) / at(p, col);
			for (let c = col; c <= n; c++) row[c] = at(row, c) - f * at(p, c);
		}
	}
	const x = new Array<number>(n).fill(0);
	for (let r = n - 1; r >= 0; r--) {
		let s = at(m[r], n);
		for (let c = r + 1; c < n; c++) s -= at(m[r], c) * at(x, c);
		x[r] = s / at(m[r], r);
	}
	return x;
}

/** The rows as column indices into `names` (0 is the intercept). */
function encode(rows: readonly LabelledRow[], names: readonly string[]): number[][] {
	const index = new Map(names.map((n, i) => [n, i]));
	return rows.map((r) => [
		0,
		...fitted(r)
			.map((f) => index.get(f) ?? -1)
			.filter((i) => i > 0),
	]);
}

/** The gradient and Hessian of the penalised negative log-likelihood at `w`. */
function derivatives(x: readonly number[][], y: readonly boolean[], w: number[], lambda: number) {
	const grad = w.map((wi, i) => (i === 0 ? 0 : lambda * wi));
	// A tiny ridge on the intercept keeps a set of rows all right (or all wrong) solvable.
	const hess = w.map((_, i) => w.map((__, j) => (i !== j ? 0 : i > 0 ? lambda : 1e-6)));
	x.forEach((cols, r) => {
		const p = sigmoid(cols.reduce((z, c) => z + at(w, c), 0));
		const g = p - (y[r] === true ? 1 : 0);
		const h = p * (1 - p);
		for (const i of cols) {
			grad[i] = at(grad, i) + g;
			const row = hess[i] ?? [];
			for (const j of cols) row[j] = at(row, j) + h;
		}
	});
	return { grad, hess };
}

/**
 * The weights minimising the penalised log-loss of `rows`, for every feature named in them
 * (sorted by name, after the intercept). Deterministic: same rows, same weights.
 */
export function fitLogistic(rows: readonly LabelledRow[], lambda: number): Weights {
	const names = [INTERCEPT, ...[...new Set(rows.flatMap(fitted))].sort()];
	const x = encode(rows, names);
	const y = rows.map((r) => r.right);
	let w = names.map(() => 0);
	for (let step = 0; step < 100; step++) {
		const { grad, hess } = derivatives(x, y, w, lambda);
		const d = solve(hess, grad);
		w = w.map((wi, i) => wi - at(d, i));
		if (Math.max(...d.map(Math.abs)) < 1e-9) break;
	}
	return Object.fromEntries(names.map((n, i) => [n, at(w, i)]));
}
