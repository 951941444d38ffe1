import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../src/lib/schema/period.ts';

describe('parsePeriod', () => {
	it.each([
		['2025', '2025-01-01', '2025-12-31', true],
		['2025-11', '2025-11-01', '2025-11-30', true],
		['2024-02', '2024-02-01', '2024-02-29', true],
		['2024-11-13', '2024-11-13', '2024-11-13', false],
		['2025-01-01/2025-10-31', '2025-01-01', '2025-10-31', true],
		['2025-01/2025-03', '2025-01-01', '2025-03-31', true],
	])('%s runs from %s to %s', (text, start, end, isRange) => {
		expect(parsePeriod(text)).toEqual({ text, start, end, isRange });
	});

	it.each([
		['2025-13', 'month 13 does not exist (01–12)'],
		['2025-02-30', 'day 30 does not exist in 2025-02 (01–28)'],
		['25', '"25" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD'],
		['31/10/2025', '"31/10/2025" is written day/month/year — write 2025-10-31'],
		['2025-10-31/2025-01-01', 'interval "2025-10-31/2025-01-01" ends before it starts'],
		['2024/2025/2026', '"2024/2025/2026" has more than one "/": an interval is START/END'],
		['1850', 'year 1850 is out of range (1900–2100)'],
		['', '"" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD'],
	])('rejects %j: %s', (text, message) => {
		expect(parsePeriod(text)).toBe(message);
	});
});
