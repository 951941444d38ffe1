/** One ordering rule for periods of different precision (methodology: "Which figure is newest"). */
import { describe, expect, it } from 'vitest';
import { latest, newestFirst, type Dated } from '../../../src/lib/page-data/select.ts';
import { parsePeriod } from '../../../src/lib/schema/period.ts';

function dated(id: string, period: string, asOf?: string): Dated {
	const p = parsePeriod(period);
	if (typeof p === 'string') throw new Error(p);
	return { id, period: p, ...(asOf === undefined ? {} : { asOf }) };
}

/** [case, newer, older] */
const cases: [string, Dated, Dated][] = [
	[
		'a month is newer than its year when the year comes from an article of that month',
		dated('aug', '2025-08', '2025-08-29'),
		dated('year', '2025', '2025-08-29'),
	],
	[
		'a month reported after the article of a year figure is newer',
		dated('aug', '2025-08', '2025-08-31'),
		dated('year', '2025', '2025-03-14'),
	],
	[
		'a whole past year ends after a month inside it',
		dated('year', '2024', '2024-12-31'),
		dated('march', '2024-03', '2024-03-31'),
	],
	['a later day wins', dated('b', '2025-03-31'), dated('a', '2025-03-30')],
	[
		'a day is newer than the month that ends with it',
		dated('day', '2025-03-31'),
		dated('month', '2025-03'),
	],
	[
		'a year-to-date interval and the month it ends in: the shorter first',
		dated('month', '2025-10'),
		dated('ytd', '2025-01/2025-10'),
	],
];

describe('newestFirst', () => {
	it.each(cases)('%s', (_, newer, older) => {
		expect(newestFirst(newer, older)).toBeLessThan(0);
		expect(newestFirst(older, newer)).toBeGreaterThan(0);
		expect(latest([older, newer])?.id).toBe(newer.id);
		expect(latest([newer, older])?.id).toBe(newer.id);
	});
	it('is a consistent order over all the cases together', () => {
		const items = cases.flatMap(([, a, b]) => [a, b]);
		const sorted = [...items].sort(newestFirst);
		for (let i = 1; i < sorted.length; i++) {
			expect(newestFirst(sorted[i - 1] as Dated, sorted[i] as Dated)).toBeLessThanOrEqual(0);
		}
	});
});
