/** Checks `indicators.csv` and `areas.csv`. */
import type { CsvFile } from '../load/read-csv.ts';
import { AREA_COLUMNS, areaRow } from '../schema/area.ts';
import { INDICATOR_COLUMNS, indicatorRow, type Indicator } from '../schema/indicator.ts';
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
		});
	}
	return { indicators, issues: table.issues };
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
