/** The confidence model: more direct evidence, more confidence; weak rows are not proposed. */
import { describe, expect, it } from 'vitest';
import {
	confidenceLogit,
	confidenceOf,
	MIN_CONFIDENCE,
	type ConfidenceFactors,
} from '../../../src/lib/extract/confidence.ts';

const base: ConfidenceFactors = {
	tier: 'near',
	period: 'clause',
	region: 'named',
	indicator: 'coverage_rate',
	unread: false,
	basis: false,
	statedAgain: false,
};
const of = (f: Partial<ConfidenceFactors>) => confidenceOf(confidenceLogit({ ...base, ...f }));

describe('confidence', () => {
	const weaker: [label: string, change: Partial<ConfidenceFactors>][] = [
		['an indicator guessed from a bare coverage word', { tier: 'guess' }],
		['a period carried from an earlier sentence', { period: 'earlier' }],
		["a period from the article's date", { period: 'article' }],
		['no period at all', { period: 'none' }],
		['a quote check-data cannot read', { unread: true }],
		['"terdaftar" rather than "aktif"', { indicator: 'registered_participants' }],
	];
	for (const [label, change] of weaker) {
		it(`is lower for ${label}`, () => expect(of(change)).toBeLessThan(of({})));
	}
	it('stays between 0 and 1', () => {
		for (const tier of ['specific', 'near', 'sentence', 'earlier', 'guess'] as const) {
			expect(of({ tier })).toBeGreaterThan(0);
			expect(of({ tier })).toBeLessThan(1);
		}
	});
	it('drops the weakest rows only', () => {
		expect(of({ tier: 'guess', period: 'article', region: 'main' })).toBeLessThan(MIN_CONFIDENCE);
		expect(of({})).toBeGreaterThan(MIN_CONFIDENCE);
	});
});
