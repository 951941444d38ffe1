/** One row of `data/sources/<id>/figures.csv`, checked cell by cell. */
import { z } from 'zod';
import { basis, funding, level, plan, program, qualifier, segment } from './enums.ts';
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

/** A plain machine number: optional minus, digits, optional `.` and decimals. */
const MACHINE_NUMBER = /^-?\d+(\.\d+)?$/;

export const figureRow = z.strictObject({
	/** Kemendagri code (`35.73`) or an areas.csv code (`ID`). */
	region: requiredText('region'),
	/** An id from indicators.csv. */
	indicator: requiredText('indicator'),
	segment: optionalCodeOf('segment', segment.codes),
	program: optionalCodeOf('program', program.codes),
	funding: optionalCodeOf('funding', funding.codes),
	level: optionalCodeOf('level', level.codes),
	/** actual when empty. */
	basis: optionalCodeOf('basis', basis.codes).transform((b) => b ?? 'actual'),
	plan: optionalCodeOf('plan', plan.codes),
	/** Period grammar is checked by parsePeriod. */
	period: requiredText('period'),
	value: withFastCheck(
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
	qualifier: optionalCodeOf('qualifier', qualifier.codes),
	/** Exact words of the source that state the value. */
	quote: requiredText('quote', 600),
	note: optionalText('note'),
});

export type FigureRow = z.output<typeof figureRow>;
