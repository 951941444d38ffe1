/**
 * Checks the rows of one `figures.csv` beyond their cell types: references to regions and
 * indicators, allowed breakdowns, plans, periods, value ranges, the quote, dates and
 * duplicates. Produces the figures the site publishes.
 */
import type { CsvFile } from '../load/read-csv.ts';
import { quoteStatesValue, findNumberMentions } from '../parse/indonesian-number.ts';
import { BREAKDOWNS, COUNT_UNITS, FORWARD_LOOKING_BASES, PLAN_BASES } from '../schema/enums.ts';
import { FIGURE_COLUMNS, figureRow } from '../schema/figure-row.ts';
import type { Figure } from '../schema/figure.ts';
import type { Indicator } from '../schema/indicator.ts';
import type { Issue } from '../schema/issue.ts';
import { parsePeriod } from '../schema/period.ts';
import type { Region } from '../schema/region.ts';
import type { Source } from '../schema/source.ts';
import { figureIdAt, seriesKey } from '../schema/series.ts';
import { checkTable, issueAt } from './table.ts';

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

/** Latest day a partial date (`2025`, `2025-04`, `2025-04-03`) can stand for. */
function lastDayOf(date: string): string {
	const period = parsePeriod(date);
	return typeof period === 'string' ? date : period.end;
}

/** Lists the numbers found in a quote, to show the maintainer what the checker read. */
function describeNumbers(quote: string, language: Source['language']): string {
	const mentions = findNumberMentions(quote, language);
	if (mentions.length === 0) return 'it contains no number';
	return `numbers read in it: ${mentions.map((m) => `"${m.raw}" = ${m.value}`).join('; ')}`;
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
	const seen = new Map<string, number>();
	const published = ctx.source ? lastDayOf(ctx.source.published) : undefined;
	const language = ctx.source?.language ?? 'id';

	for (const { value: row, row: csvRow, cell } of table.rows) {
		const problems: Issue[] = [];
		const fail = (column: string, message: string) =>
			problems.push(issueAt(file, cell(column), message));

		const region = ctx.regions.get(row.region);
		if (!region) {
			fail(
				'region',
				`region ${JSON.stringify(row.region)} does not exist — use a Kemendagri code from idn-area-data (e.g. 35.73, 61) or a code from data/areas.csv (e.g. ID)`,
			);
		}
		const indicator = ctx.indicators.get(row.indicator);
		if (!indicator) {
			fail(
				'indicator',
				`indicator ${JSON.stringify(row.indicator)} is not in data/indicators.csv — use one of its ids, or add it there first`,
			);
		} else {
			for (const breakdown of BREAKDOWNS) {
				if (row[breakdown] !== null && !indicator.breakdowns.includes(breakdown)) {
					const allowed =
						indicator.breakdowns.length > 0
							? `allowed: ${indicator.breakdowns.join(', ')}`
							: 'it allows no breakdown';
					fail(
						breakdown,
						`indicator ${indicator.id} has no ${breakdown} breakdown — leave ${breakdown} empty (${allowed})`,
					);
				}
			}
		}

		if (PLAN_BASES.includes(row.basis) && row.plan === null) {
			fail(
				'plan',
				`a ${row.basis} needs the plan that sets it — allowed: RPJPN, RPJMN, RPJPD, RPJMD, RKP, KEMENDAGRI, BPJS`,
			);
		}
		if (!PLAN_BASES.includes(row.basis) && row.plan !== null) {
			fail(
				'plan',
				`plan is only for basis target or baseline — leave it empty for ${row.basis} figures`,
			);
		}

		const period = parsePeriod(row.period);
		if (typeof period === 'string')
			fail('period', `period: ${period} (intervals: START/END, e.g. 2025-01-01/2025-10-31)`);

		if (indicator) {
			const unit = indicator.unit;
			if (unit === 'percent' && (row.value < 0 || row.value > 100)) {
				fail(
					'value',
					`value ${row.value} is not a percentage — ${indicator.id} is in percent, 0 to 100`,
				);
			} else if (COUNT_UNITS.includes(unit) && (!Number.isInteger(row.value) || row.value < 0)) {
				fail(
					'value',
					`value ${cell('value').value} is not a count — ${indicator.id} is in ${unit}, a whole number of 0 or more${/^\d{1,3}(\.\d{3})+$/.test(cell('value').value) ? ' written without thousands separators' : ''}`,
				);
			} else if (unit.startsWith('idr') && row.value < 0) {
				fail(
					'value',
					`value ${row.value} is negative — ${indicator.id} is an amount in rupiah, 0 or more`,
				);
			}
		}

		const mention = indicator
			? quoteStatesValue(row.quote, row.value, indicator.unit, language)
			: undefined;
		if (indicator && !mention) {
			fail(
				'quote',
				`the quote does not state the value ${row.value} — ${describeNumbers(row.quote, language)}; copy the words that state it`,
			);
		}

		if (ctx.source && published !== undefined && typeof period !== 'string') {
			if (!FORWARD_LOOKING_BASES.includes(row.basis) && period.start > published) {
				fail(
					'period',
					`an actual figure's period (${period.text}) starts after the source was published (${ctx.source.published}) — future values are basis target or planned`,
				);
			}
		}

		const parts = {
			region: row.region,
			indicator: row.indicator,
			segment: row.segment,
			program: row.program,
			funding: row.funding,
			level: row.level,
			basis: row.basis,
			plan: row.plan,
		};
		const key = `${seriesKey(parts)}@${row.period}`;
		const first = seen.get(key);
		if (first !== undefined) {
			problems.push(
				issueAt(
					file,
					cell('region'),
					`same series and period as line ${first} (region, indicator, segment, program, funding, level, basis, plan) — if both are real figures, fill the column that tells them apart (funding for two payers such as APBD_KABKOTA and APBD_PROV, basis for a plan and its realisation, segment, program or period); if the source repeats one figure, keep one row`,
				),
			);
		}

		if (problems.length > 0 || typeof period === 'string' || !mention) {
			issues.push(...problems);
			rowsRejected++;
			continue;
		}
		seen.set(key, csvRow.line);
		figures.push({
			...parts,
			id: figureIdAt(key, ctx.sourceId),
			sourceId: ctx.sourceId,
			period,
			value: row.value,
			qualifier: row.qualifier,
			precision: mention.halfUnit,
			asOf: published !== undefined && published < period.end ? published : period.end,
			quote: row.quote,
			note: row.note,
			location: { file, line: csvRow.line },
		});
	}
	return { figures, issues, rowsRead: table.rowsRead, rowsRejected };
}
