/**
 * Checks the rows of one `figures.csv` beyond their cell types: references to regions and
 * indicators, allowed breakdowns, plans, periods, value ranges, the quote, dates and
 * duplicates. Produces the figures the site publishes.
 */
import type { CsvFile } from '../load/read-csv.ts';
import {
	findNumberMentions,
	quoteStatesValue,
	type NumberMention,
} from '../parse/indonesian-number.ts';
import {
	BREAKDOWNS,
	COUNT_UNITS,
	FORWARD_LOOKING_BASES,
	PLAN_BASES,
	plan,
	type Language,
} from '../schema/enums.ts';
import { FIGURE_COLUMNS, figureRow, type FigureRow } from '../schema/figure-row.ts';
import type { Figure, SeriesParts } from '../schema/figure.ts';
import type { Indicator } from '../schema/indicator.ts';
import type { Issue } from '../schema/issue.ts';
import { parsePeriod, type Period } from '../schema/period.ts';
import { NATIONAL_CODE, type Region } from '../schema/region.ts';
import type { Source } from '../schema/source.ts';
import { figureIdAt, SERIES_PARTS, seriesKey } from '../schema/series.ts';
import { checkTable, issueAt, type CheckedRow } from './table.ts';

export interface FigureContext {
	regions: ReadonlyMap<string, Region>;
	indicators: ReadonlyMap<string, Indicator>;
	/** The source the file belongs to; undefined when its source.json is missing or invalid. */
	source: Source | undefined;
	sourceId: string;
}

export interface FigureFileResult {
	figures: Figure[];
	issues: Issue[];
	rowsRead: number;
	rowsRejected: number;
}

/** Reports a problem at a column of the row being checked. */
type Fail = (column: (typeof FIGURE_COLUMNS)[number], message: string) => void;

/** What every row of one file is checked against. */
interface FileFacts {
	ctx: FigureContext;
	/** Latest day the source's publication date can stand for; undefined without a source. */
	published: string | undefined;
	language: Language;
	/** Series-and-period key of each accepted row → its line, to find duplicates. */
	seen: Map<string, number>;
}

/** A row that passed every check, with what its figure is built from. */
interface AcceptedRow {
	parts: SeriesParts;
	/** `${seriesKey(parts)}@${period}`. */
	key: string;
	period: Period;
	mention: NumberMention;
}

/** Latest day a partial date (`2025`, `2025-04`, `2025-04-03`) can stand for. */
function lastDayOf(date: string): string {
	const period = parsePeriod(date);
	return typeof period === 'string' ? date : period.end;
}

/** Lists the numbers found in a quote, to show the maintainer what the checker read. */
function describeNumbers(quote: string, language: Language): string {
	const mentions = findNumberMentions(quote, language);
	if (mentions.length === 0) return 'it contains no number';
	return `numbers read in it: ${mentions.map((m) => `"${m.raw}" = ${m.value}`).join('; ')}`;
}

function checkRegion(row: FigureRow, regions: FigureContext['regions'], fail: Fail): void {
	if (regions.has(row.region)) return;
	fail(
		'region',
		`region ${JSON.stringify(row.region)} does not exist — use a Kemendagri code from idn-area-data (e.g. 35.73, 61) or a code from data/areas.csv (e.g. ${NATIONAL_CODE})`,
	);
}

/** The row's indicator, after checking that it exists and allows the row's breakdowns. */
function checkIndicator(
	row: FigureRow,
	indicators: FigureContext['indicators'],
	fail: Fail,
): Indicator | undefined {
	const indicator = indicators.get(row.indicator);
	if (!indicator) {
		fail(
			'indicator',
			`indicator ${JSON.stringify(row.indicator)} is not in data/indicators.csv — use one of its ids, or add it there first`,
		);
		return undefined;
	}
	for (const breakdown of BREAKDOWNS) {
		if (row[breakdown] === null || indicator.breakdowns.includes(breakdown)) continue;
		const allowed =
			indicator.breakdowns.length > 0
				? `allowed: ${indicator.breakdowns.join(', ')}`
				: 'it allows no breakdown';
		fail(
			breakdown,
			`indicator ${indicator.id} has no ${breakdown} breakdown — leave ${breakdown} empty (${allowed})`,
		);
	}
	return indicator;
}

/** A target or baseline names its plan; no other basis does. */
function checkPlan(row: FigureRow, fail: Fail): void {
	const needsPlan = PLAN_BASES.includes(row.basis);
	if (needsPlan && row.plan === null) {
		fail(
			'plan',
			`a ${row.basis} needs the plan that sets it — allowed: ${plan.codes.join(', ')} (UNNAMED when the source does not say who set it)`,
		);
	}
	if (!needsPlan && row.plan !== null) {
		fail(
			'plan',
			`plan is only for basis ${PLAN_BASES.join(' or ')} — leave it empty for ${row.basis} figures`,
		);
	}
}

function checkPeriod(row: FigureRow, fail: Fail): Period | undefined {
	const period = parsePeriod(row.period);
	if (typeof period !== 'string') return period;
	fail('period', `period: ${period} (intervals: START/END, e.g. 2025-01-01/2025-10-31)`);
	return undefined;
}

/** The value fits the indicator's unit: a percentage, a count, or a non-negative amount. */
function checkValue(row: FigureRow, written: string, indicator: Indicator, fail: Fail): void {
	const unit = indicator.unit;
	if (unit === 'percent' && (row.value < 0 || row.value > 100)) {
		fail(
			'value',
			`value ${row.value} is not a percentage — ${indicator.id} is in percent, 0 to 100`,
		);
	} else if (COUNT_UNITS.includes(unit) && (!Number.isInteger(row.value) || row.value < 0)) {
		const grouped = /^\d{1,3}(\.\d{3})+$/.test(written);
		fail(
			'value',
			`value ${written} is not a count — ${indicator.id} is in ${unit}, a whole number of 0 or more${grouped ? ' written without thousands separators' : ''}`,
		);
	} else if (unit.startsWith('idr') && row.value < 0) {
		fail(
			'value',
			`value ${row.value} is negative — ${indicator.id} is an amount in rupiah, 0 or more`,
		);
	}
}

/** Where the quote states the value, or undefined (reported) when it does not. */
function checkQuote(
	row: FigureRow,
	indicator: Indicator,
	language: Language,
	fail: Fail,
): NumberMention | undefined {
	const mention = quoteStatesValue(row.quote, row.value, indicator.unit, language);
	if (!mention) {
		fail(
			'quote',
			`the quote does not state the value ${row.value} — ${describeNumbers(row.quote, language)}; copy the words that state it`,
		);
	}
	return mention;
}

/** An actual figure cannot describe a period that starts after its source was published. */
function checkPublished(row: FigureRow, period: Period, facts: FileFacts, fail: Fail): void {
	const { source } = facts.ctx;
	if (!source || facts.published === undefined) return;
	if (FORWARD_LOOKING_BASES.includes(row.basis) || period.start <= facts.published) return;
	fail(
		'period',
		`an actual figure's period (${period.text}) starts after the source was published (${source.published}) — future values are basis target or planned`,
	);
}

function checkDuplicate(key: string, seen: FileFacts['seen'], fail: Fail): void {
	const first = seen.get(key);
	if (first === undefined) return;
	fail(
		'region',
		`same series and period as line ${first} (${SERIES_PARTS.join(', ')}) — if both are real figures, fill the column that tells them apart (funding for two payers such as APBD_KABKOTA and APBD_PROV, basis for a plan and its realisation, segment, program or period); if the source repeats one figure, keep one row`,
	);
}

function seriesPartsOf(row: FigureRow): SeriesParts {
	return {
		region: row.region,
		indicator: row.indicator,
		segment: row.segment,
		program: row.program,
		funding: row.funding,
		level: row.level,
		basis: row.basis,
		plan: row.plan,
	};
}

/** Every check of one row, problems reported in column order; the row if it passed them all. */
function checkRow(
	{ value: row, cell }: CheckedRow<FigureRow>,
	facts: FileFacts,
	fail: Fail,
): AcceptedRow | undefined {
	checkRegion(row, facts.ctx.regions, fail);
	const indicator = checkIndicator(row, facts.ctx.indicators, fail);
	checkPlan(row, fail);
	const period = checkPeriod(row, fail);
	if (indicator) checkValue(row, cell('value').value, indicator, fail);
	const mention = indicator ? checkQuote(row, indicator, facts.language, fail) : undefined;
	if (period) checkPublished(row, period, facts, fail);
	const parts = seriesPartsOf(row);
	const key = `${seriesKey(parts)}@${row.period}`;
	checkDuplicate(key, facts.seen, fail);
	return period && mention ? { parts, key, period, mention } : undefined;
}

function toFigure(
	row: FigureRow,
	accepted: AcceptedRow,
	facts: FileFacts,
	location: Figure['location'],
): Figure {
	const { parts, key, period, mention } = accepted;
	const { sourceId } = facts.ctx;
	const { published } = facts;
	return {
		...parts,
		id: figureIdAt(key, sourceId),
		sourceId,
		period,
		value: row.value,
		qualifier: row.qualifier,
		precision: mention.halfUnit,
		asOf: published !== undefined && published < period.end ? published : period.end,
		quote: row.quote,
		note: row.note,
		location,
	};
}

export function validateFigureFile(
	file: string,
	csv: CsvFile,
	ctx: FigureContext,
): FigureFileResult {
	const table = checkTable(file, csv, FIGURE_COLUMNS, figureRow);
	const issues = [...table.issues];
	const figures: Figure[] = [];
	let rowsRejected = table.rowsRejected;
	const facts: FileFacts = {
		ctx,
		published: ctx.source ? lastDayOf(ctx.source.published) : undefined,
		language: ctx.source?.language ?? 'id',
		seen: new Map(),
	};
	for (const checked of table.rows) {
		const problems: Issue[] = [];
		const accepted = checkRow(checked, facts, (column, message) =>
			problems.push(issueAt(file, checked.cell(column), message)),
		);
		if (!accepted || problems.length > 0) {
			issues.push(...problems);
			rowsRejected++;
			continue;
		}
		facts.seen.set(accepted.key, checked.row.line);
		figures.push(toFigure(checked.value, accepted, facts, { file, line: checked.row.line }));
	}
	return { figures, issues, rowsRead: table.rowsRead, rowsRejected };
}
