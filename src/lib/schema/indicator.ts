/** One row of `data/indicators.csv`: the registry of measures. */
import { z } from 'zod';
import { BREAKDOWNS, indicatorKind, unit, type Breakdown } from './enums.ts';
import { described, listOfCodes } from './describe.ts';
import { codeOf, requiredText } from './fields.ts';

export const INDICATOR_COLUMNS = [
	'id',
	'label_id',
	'label_en',
	'unit',
	'kind',
	'breakdowns',
	'description_id',
	'description_en',
	'part',
	'whole',
	'change_of',
] as const;

/** An optional reference to another indicator's id: blank becomes null. */
const indicatorRef = (column: string) =>
	z.string().transform((raw, ctx): string | null => {
		const id = raw.trim();
		if (id === '') return null;
		if (!/^[a-z][a-z0-9_]*$/.test(id)) {
			ctx.issues.push({
				code: 'custom',
				input: raw,
				message: `${column}: ${JSON.stringify(id)} is not an indicator id — use an id of indicators.csv or leave it empty`,
			});
		}
		return id;
	});

export const indicatorRow = z.strictObject({
	id: described(
		z.string().regex(/^[a-z][a-z0-9_]*$/, {
			error: (i) =>
				`indicator id ${JSON.stringify(i.input)} is not snake_case — use a-z, 0-9 and _`,
		}),
		'Indicator id: what figures.csv writes in its indicator column (snake_case)',
	),
	label_id: described(requiredText('label_id'), 'Indicator label in Indonesian'),
	label_en: described(requiredText('label_en'), 'Indicator label in English'),
	unit: described(
		codeOf('unit', unit.codes),
		'Unit of the value (percent is 0–100; idr is rupiah)',
	),
	kind: described(
		codeOf('kind', indicatorKind.codes),
		listOfCodes(indicatorKind.codes.map((k) => `${k} (${indicatorKind.labels[k].en})`)),
	),
	breakdowns: described(
		z.string().transform((raw, ctx): Breakdown[] => {
			const list = raw
				.split(';')
				.map((s) => s.trim())
				.filter(Boolean);
			const unknown = list.filter((b) => !(BREAKDOWNS as readonly string[]).includes(b));
			if (unknown.length > 0) {
				ctx.issues.push({
					code: 'custom',
					input: raw,
					message: `unknown breakdown ${unknown.map((u) => JSON.stringify(u)).join(', ')} — allowed: ${BREAKDOWNS.join(', ')}, separated by ";"`,
				});
			}
			return list as Breakdown[];
		}),
		`The breakdown columns a figure of it may fill (${BREAKDOWNS.join(', ')}), ";"-separated`,
	),
	description_id: described(requiredText('description_id'), 'What it measures, in Indonesian'),
	description_en: described(requiredText('description_en'), 'What it measures, in English'),
	part: described(
		indicatorRef('part'),
		'For a percent a source states as a share ("X persen dari Y"): the indicator of the part; the share is checked against part ÷ whole × 100 from the same source',
	),
	whole: described(
		indicatorRef('whole'),
		'The indicator of the whole the share is taken of (with part)',
	),
	change_of: described(
		indicatorRef('change_of'),
		'For a change in percent: the indicator whose two levels it compares (a percent level is checked as a difference in percentage points and as a relative change)',
	),
});

export type IndicatorRow = z.output<typeof indicatorRow>;

/** An indicator as the rest of the code uses it. */
export interface Indicator {
	id: string;
	label: { id: string; en: string };
	description: { id: string; en: string };
	unit: IndicatorRow['unit'];
	kind: IndicatorRow['kind'];
	breakdowns: Breakdown[];
	/** Declared share: this percent is part ÷ whole × 100. */
	share: { part: string; whole: string } | null;
	/** Declared change: this percent change compares two levels of that indicator. */
	changeOf: string | null;
}
