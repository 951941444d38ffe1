/**
 * datapackage.json: a Frictionless Data Package (v2) describing the four CSV downloads, their
 * columns, licenses and sources. Field lists come from the same columns the CSV writer uses.
 */
import { PUBLISHER } from './citation.ts';
import { siteUrl, type ExportContext } from './context.ts';
import { CHECKS_TABLE } from './checks.ts';
import { CONFLICTS_TABLE } from './conflicts.ts';
import { DERIVED_TABLE } from './derived.ts';
import { FIGURES_TABLE } from './figures.ts';
import { DATA_LICENSE, ESCAPING_NOTE, QUOTES_NOTE, REGION_LIST } from './licenses.ts';
import { DATA_PATHS } from './paths.ts';
import type { Column, TableSpec } from './table.ts';

/** The tables datapackage.json describes, in order. */
export const PACKAGE_TABLES: readonly TableSpec[] = [
	FIGURES_TABLE,
	DERIVED_TABLE,
	CHECKS_TABLE,
	CONFLICTS_TABLE,
];

/** A Table Schema field for a column. */
export function schemaField(column: Column) {
	return {
		name: column.name,
		type: column.type,
		...(column.type === 'list' && { delimiter: ';', itemType: 'string' }),
		...(column.format && { format: column.format }),
		description: column.description,
		...(column.enum && { constraints: { enum: column.enum } }),
	};
}

/** Links from a table's id columns to figures.csv. */
function foreignKeys(table: TableSpec) {
	const to = (field: string) => ({
		fields: [field],
		reference: { resource: 'figures', fields: ['id'] },
	});
	if (table === CHECKS_TABLE) return [to('reported_id')];
	if (table === CONFLICTS_TABLE) return [to('figure_id')];
	return [];
}

/** The resource entry of one CSV table. */
function resource(table: TableSpec) {
	const keys = foreignKeys(table);
	return {
		name: table.name,
		type: 'table',
		path: `${table.name}.csv`,
		format: 'csv',
		mediatype: 'text/csv',
		encoding: 'utf-8',
		title: table.title,
		description: `${table.description} ${ESCAPING_NOTE}`,
		dialect: {
			header: true,
			delimiter: ',',
			lineTerminator: '\n',
			quoteChar: '"',
			doubleQuote: true,
		},
		schema: {
			fields: table.columns.map(schemaField),
			missingValues: [''],
			primaryKey: [...table.primaryKey],
			...(keys.length > 0 && { foreignKeys: keys }),
		},
	};
}

/** The datapackage.json descriptor, pretty-printed. Deterministic: dates come from the data. */
export function dataPackage(ctx: ExportContext): string {
	const { version, sources } = ctx.dataset;
	const descriptor = {
		$schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
		name: 'pantau-jamsostek',
		title: `${PUBLISHER}: BPJS Ketenagakerjaan figures by region`,
		description: [
			'Coverage, contribution aid (bantuan iuran) and claims of BPJS Ketenagakerjaan, the Indonesian employment social security agency, by region.',
			'Every reported figure carries its source and the exact quote it was read from; derived figures carry their formula and inputs; checks and conflicts show where figures do not add up.',
			`Province and regency/city codes and names come from ${REGION_LIST.title} (${REGION_LIST.license.name}).`,
			QUOTES_NOTE,
		].join(' '),
		version,
		...(version !== '' && { created: `${version}T00:00:00Z` }),
		homepage: siteUrl(ctx, DATA_PATHS.index),
		keywords: ['BPJS Ketenagakerjaan', 'Jamsostek', 'social security', 'Indonesia'],
		licenses: [
			{
				...DATA_LICENSE,
				title: `${DATA_LICENSE.title}: figures, derived figures, checks, conflicts`,
			},
			{
				...REGION_LIST.license,
				title: `${REGION_LIST.license.title}: region codes and names from ${REGION_LIST.title}`,
			},
		],
		contributors: [{ title: PUBLISHER, path: siteUrl(ctx, '/'), roles: ['publisher'] }],
		sources: [
			...[...sources.values()].map((s) => ({
				title: `${s.publisher}: ${s.title} (${s.published})`,
				...(s.url !== undefined && { path: s.url }),
			})),
			{ title: `${REGION_LIST.title} (${REGION_LIST.license.name})`, path: REGION_LIST.path },
		],
		resources: PACKAGE_TABLES.map(resource),
	};
	return `${JSON.stringify(descriptor, null, 2)}\n`;
}
