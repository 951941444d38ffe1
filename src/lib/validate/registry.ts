/** Checks `indicators.csv` and `areas.csv`. */
import type { CsvFile } from '../load/read-csv.ts';
import { AREA_COLUMNS, areaRow } from '../schema/area.ts';
import {
	INDICATOR_COLUMNS,
	indicatorRow,
	type Indicator,
	type IndicatorRow,
} from '../schema/indicator.ts';
import type { Issue } from '../schema/issue.ts';
import { NATIONAL_CODE, type Region } from '../schema/region.ts';
import { slugify } from '../format/slug.ts';
import { checkTable, issueAt } from './table.ts';

export function validateIndicators(
	file: string,
	csv: CsvFile,
): { indicators: Map<string, Indicator>; issues: Issue[] } {
	const table = checkTable(file, csv, INDICATOR_COLUMNS, indicatorRow);
	const indicators = new Map<string, Indicator>();
	for (const { value: r, row, cell } of table.rows) {
		if (indicators.has(r.id)) {
			table.issues.push(
				issueAt(
					file,
					cell('id'),
					`indicator ${r.id} is defined twice (again on line ${row.line}) — ids must be unique`,
				),
			);
			continue;
		}
		indicators.set(r.id, {
			id: r.id,
			label: { id: r.label_id, en: r.label_en },
			description: { id: r.description_id, en: r.description_en },
			unit: r.unit,
			kind: r.kind,
			breakdowns: r.breakdowns,
			share: r.part !== null && r.whole !== null ? { part: r.part, whole: r.whole } : null,
			changeOf: r.change_of,
		});
	}
	for (const { value: r, cell } of table.rows) {
		for (const problem of relationProblems(r, indicators)) {
			table.issues.push(issueAt(file, cell(problem.column), problem.message));
		}
	}
	return { indicators, issues: table.issues };
}

/** What is wrong with a row's part, whole and change_of, given the whole registry. */
function relationProblems(
	r: IndicatorRow,
	indicators: ReadonlyMap<string, Indicator>,
): { column: 'part' | 'whole' | 'change_of'; message: string }[] {
	const problems: { column: 'part' | 'whole' | 'change_of'; message: string }[] = [];
	for (const column of ['part', 'whole', 'change_of'] as const) {
		const id = r[column];
		if (id !== null && !indicators.has(id)) {
			problems.push({
				column,
				message: `${column}: no indicator ${id} — use an id of indicators.csv`,
			});
		}
	}
	if ((r.part === null) !== (r.whole === null)) {
		const missing = r.part === null ? 'part' : 'whole';
		problems.push({
			column: missing,
			message: `${missing} is empty — a share names both its part and its whole, or neither`,
		});
	}
	if (r.part !== null && r.unit !== 'percent') {
		problems.push({
			column: 'part',
			message: `part: ${r.id} is in ${r.unit} — only a percent indicator can be a share`,
		});
	}
	if (r.change_of !== null && r.unit !== 'percent_change') {
		problems.push({
			column: 'change_of',
			message: `change_of: ${r.id} is in ${r.unit} — only a percent_change indicator can be a change`,
		});
	}
	return problems;
}

export function validateAreas(
	file: string,
	csv: CsvFile,
	official: ReadonlyMap<string, Region>,
): { areas: Region[]; issues: Issue[] } {
	const table = checkTable(file, csv, AREA_COLUMNS, areaRow);
	const areas: Region[] = [];
	const codes = new Set<string>();
	for (const { value: r, cell } of table.rows) {
		if (codes.has(r.code) || official.has(r.code)) {
			table.issues.push(
				issueAt(file, cell('code'), `area code ${r.code} is already used — codes must be unique`),
			);
			continue;
		}
		const unknown = r.covers.filter((c) => official.get(c)?.kind !== 'province');
		if (unknown.length > 0) {
			table.issues.push(
				issueAt(
					file,
					cell('covers'),
					`covers: ${unknown.join(', ')} ${unknown.length > 1 ? 'are not province codes' : 'is not a province code'} — use Kemendagri province codes such as 61`,
				),
			);
			continue;
		}
		codes.add(r.code);
		areas.push({
			code: r.code,
			name: r.name_id,
			nameEn: r.name_en,
			kind: r.kind,
			slug: slugify(r.code === NATIONAL_CODE ? 'indonesia' : r.name_id),
			parent: null,
			covers: r.covers,
		});
	}
	return { areas, issues: table.issues };
}
