/** One row of `data/sources/<id>/figures.csv`, checked cell by cell. */
import { z } from 'zod';
import { basis, funding, level, plan, program, qualifier, segment } from './enums.ts';
import { described } from './describe.ts';
import { withFastCheck } from './fast-check.ts';
import { optionalCodeOf, optionalText, requiredText } from './fields.ts';

export const FIGURE_COLUMNS = [
	'region',
	'indicator',
	'segment',
	'program',
	'funding',
	'level',
	'basis',
	'plan',
	'period',
	'value',
	'qualifier',
	'quote',
	'note',
] as const;
export type FigureColumn = (typeof FIGURE_COLUMNS)[number];

/** A plain machine number: optional minus, digits, optional `.` and decimals. */
const MACHINE_NUMBER = /^-?\d+(\.\d+)?$/;

const qualifiers = qualifier.codes.map((c) => `${c} (${qualifier.labels[c].id})`).join(', ');

export const figureRow = z.strictObject({
	region: described(
		requiredText('region'),
		'Kemendagri code of the province or regency/city (35.73, 61), or ID for Indonesia and BPJSTK-… for a BPJS Ketenagakerjaan office area',
	),
	/** An id of indicators.csv. */
	indicator: described(requiredText('indicator'), 'Indicator id (see /metodologi/)'),
	segment: described(
		optionalCodeOf('segment', segment.codes),
		'Participation segment or target group; empty = all',
	),
	program: described(
		optionalCodeOf('program', program.codes),
		'BPJS Ketenagakerjaan programme; empty = all',
	),
	funding: described(
		optionalCodeOf('funding', funding.codes),
		'Who pays (contribution aid budgets); empty = not specific',
	),
	level: described(
		optionalCodeOf('level', level.codes),
		'School level (scholarships); empty = all',
	),
	/** actual when empty. */
	basis: described(
		optionalCodeOf('basis', basis.codes).transform((b) => b ?? 'actual'),
		'actual, target, baseline (the starting value a plan states), planned (announced, not realised) or allocated (set in a budget, not yet spent)',
	),
	plan: described(
		optionalCodeOf('plan', plan.codes),
		'For targets and baselines: the plan that sets them',
	),
	/** Its grammar is checked by parsePeriod. */
	period: described(
		requiredText('period'),
		'Period as the data writes it: 2025, 2025-11, 2024-11-13 or START/END',
	),
	value: described(
		withFastCheck(
			z
				.string()
				.trim()
				.regex(MACHINE_NUMBER, {
					error: (i) =>
						i.input === ''
							? 'value is empty — write the number the quote states'
							: `value ${JSON.stringify(i.input)} is not a plain number — write digits with "." as decimal mark and no grouping (1842248232, 8.38)`,
				})
				.transform(Number),
			(text) => {
				const value = text.trim();
				return MACHINE_NUMBER.test(value) ? { success: true, data: Number(value) } : undefined;
			},
		),
		'The value, in the unit of the indicator',
	),
	qualifier: described(
		optionalCodeOf('qualifier', qualifier.codes),
		`How the source qualified the number: ${qualifiers}; empty = exact`,
	),
	quote: described(
		requiredText('quote', 600),
		'The exact words of the source that state the value',
	),
	note: described(optionalText('note'), "The curator's note: judgement calls, ambiguities"),
});

export type FigureRow = z.output<typeof figureRow>;
