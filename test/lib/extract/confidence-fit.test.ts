/**
 * Fitting the confidence model on synthetic rows with known answers: the logistic fit, its L2
 * shrinkage, folds by article, and the out-of-fold reliability and cut tables.
 */
import { describe, expect, it } from 'vitest';
import {
	atCuts,
	fitConfidence,
	foldOf,
	outOfFold,
	reliability,
	type GroupedRow,
} from '../../../src/lib/extract/confidence-fit.ts';
import { fitLogistic, solve, type LabelledRow } from '../../../src/lib/extract/logistic.ts';

/** `n` rows with `features`, the first `right` of them right. */
const rows = (n: number, right: number, features: string[] = [], group = 'g'): GroupedRow[] =>
	Array.from({ length: n }, (_, i) => ({ features, right: i < right, group }));

const logit = (p: number) => Math.log(p / (1 - p));

describe('solve', () => {
	it('solves a linear system that needs a pivot', () => {
		const x = solve(
			[
				[0, 2, 1],
				[1, 1, 0],
				[2, 0, 3],
			],
			[7, 3, 11],
		);
		[1, 2, 3].forEach((v, i) => expect(x[i]).toBeCloseTo(v, 10));
	});
});

describe('fitLogistic', () => {
	it('recovers the log-odds of each group of rows when unpenalised', () => {
		// Without feature a: 2 right of 10; with a: 8 right of 10.
		const w = fitLogistic([...rows(10, 2), ...rows(10, 8, ['a'])], 1e-9);
		expect(w['intercept']).toBeCloseTo(logit(0.2), 5);
		expect(w['a']).toBeCloseTo(logit(0.8) - logit(0.2), 5);
	});

	it('shrinks a weight estimated from few rows more than one estimated from many', () => {
		const data = [...rows(200, 100), ...rows(200, 160, ['many']), ...rows(2, 2, ['few'])];
		const loose = fitLogistic(data, 0.01);
		const tight = fitLogistic(data, 10);
		expect(loose['few'] ?? 0).toBeGreaterThan(3);
		expect(tight['few'] ?? 0).toBeLessThan(0.3);
		expect(tight['many'] ?? 0).toBeGreaterThan(0.5 * (loose['many'] ?? 0));
	});

	it('fits nuisance features alongside the others', () => {
		const data: LabelledRow[] = [
			...rows(10, 2),
			...rows(10, 8).map((r) => ({ ...r, nuisance: ['n'] })),
		];
		const w = fitLogistic(data, 1e-9);
		expect(w['n']).toBeCloseTo(logit(0.8) - logit(0.2), 5);
	});

	it('stays finite when every row is right', () => {
		const w = fitLogistic(rows(5, 5, ['a']), 1);
		expect(Number.isFinite(w['intercept'])).toBe(true);
	});
});

describe('folds by article', () => {
	it('puts every row of an article in one fold, from its id alone', () => {
		expect(foldOf('kompas-2025-01', 10)).toBe(foldOf('kompas-2025-01', 10));
		const folds = new Set(Array.from({ length: 200 }, (_, i) => foldOf(`a-${i}`, 10)));
		expect([...folds].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
	});

	it("predicts an article's rows from a model that never saw them", () => {
		// Every other article is half right; the lone article's feature is its own, so a model
		// without it can only give the others' rate.
		const others = Array.from({ length: 30 }, (_, i) => rows(2, 1, [], `other-${i}`)).flat();
		const data = [...others, ...rows(6, 6, ['own'], 'lone')];
		const p = outOfFold(data, 1e-6, 5);
		data.forEach((r, i) => {
			if (r.group === 'lone') expect(p.unseen[i]).toBe(0.5);
		});
	});

	it('predicts without nuisance features, and chooses the penalty by out-of-fold loss', () => {
		const data = Array.from({ length: 20 }, (_, i) => [
			...rows(5, 1, [], `a-${i}`),
			...rows(5, 4, [], `a-${i}`).map((r) => ({ ...r, nuisance: ['n'] })),
		]).flat();
		const fit = fitConfidence(data, { lambdas: [0.01, 1000], folds: 5, high: 0.8 });
		expect(fit.lambda).toBe(0.01);
		expect(fit.weights['n']).toBeCloseTo(logit(0.8) - logit(0.2), 1);
		// As for a row without the nuisance feature: 1 right in 5.
		expect(new Set(fit.outOfFold)).toEqual(new Set([0.2]));
	});
});

describe('reliability and cuts', () => {
	const data: LabelledRow[] = [
		{ features: [], right: false },
		{ features: [], right: true },
		{ features: [], right: true },
		{ features: [], right: true },
	];
	const p = [0.1, 0.3, 0.8, 1];

	it('bands rows by confidence, the last band including 1', () => {
		expect(reliability(data, p, [0, 0.5, 1])).toEqual([
			{ from: 0, to: 0.5, rows: 2, predicted: 0.2, right: 1 },
			{ from: 0.5, to: 1, rows: 2, predicted: 0.9, right: 2 },
		]);
	});

	it('counts the proposals kept at each cut', () => {
		expect(atCuts(data, p, 5, [0.2, 0.9])).toEqual([
			{ cut: 0.2, proposals: 3, right: 3, truth: 5 },
			{ cut: 0.9, proposals: 1, right: 1, truth: 5 },
		]);
	});
});
