/**
 * The headline shows each target once: Sulawesi Selatan's 62,93% for 2025 was reported by six
 * outlets in July 2025 and filled the top of its page six times.
 */
import { describe, expect, it } from 'vitest';
import { distinctTargets } from '../../../src/lib/page-data/headline.ts';
import type { Figure } from '../../../src/lib/schema/figure.ts';
import { makeFigure } from '../helpers/make-figure.ts';

const PUBLISHED: Record<string, string> = {
	'harian-fajar': '2025-07-11',
	'palopo-pos': '2025-07-14',
	bisnis: '2025-07-16',
	eranesia: '2025-07-15',
	gosulsel: '2025-04-25',
};
const published = (id: string) => PUBLISHED[id] ?? '';
const target = (
	sourceId: string,
	value: number,
	period: string,
	plan: Figure['plan'] = 'UNNAMED',
) => makeFigure({ indicator: 'coverage_rate', basis: 'target', plan, value, period, sourceId });

describe('distinctTargets', () => {
	it('shows a target repeated by several sources once, with its newest source and the count of the others', () => {
		const repeated = ['harian-fajar', 'palopo-pos', 'bisnis'].map((id) =>
			target(id, 62.93, '2025'),
		);
		const [entry, ...rest] = distinctTargets(repeated, published);
		expect(rest).toEqual([]);
		expect(entry?.figure.sourceId).toBe('bisnis');
		expect(entry?.otherSources).toBe(2);
	});

	it('keeps targets apart when their setter, period or value differ, oldest first', () => {
		const entries = distinctTargets(
			[
				target('bisnis', 62.93, '2025'),
				target('eranesia', 62.93, '2025', 'BPJS'),
				target('gosulsel', 62, '2025'),
				target('harian-fajar', 79.22, '2045', 'RPJPD'),
				target('palopo-pos', 62.93, '2026'),
			],
			published,
		);
		const periods = entries.map((e) => e.figure.period.text);
		expect(periods).toEqual(['2025', '2025', '2025', '2026', '2045']);
		const rows = entries.map((e) => [e.figure.period.text, e.figure.value, e.figure.plan]);
		expect(rows.sort((a, b) => String(a).localeCompare(String(b)))).toEqual([
			['2025', 62, 'UNNAMED'],
			['2025', 62.93, 'BPJS'],
			['2025', 62.93, 'UNNAMED'],
			['2026', 62.93, 'UNNAMED'],
			['2045', 79.22, 'RPJPD'],
		]);
		expect(entries.every((e) => e.otherSources === 0)).toBe(true);
	});

	it('does not count a second row of the same source as another source', () => {
		const [entry] = distinctTargets(
			[target('bisnis', 62.93, '2025'), target('bisnis', 62.93, '2025')],
			published,
		);
		expect(entry?.otherSources).toBe(0);
	});
});
