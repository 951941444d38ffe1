/** README.md of a region's zip: what the files are, what the columns mean, how to cite, licenses. */
import type { Region } from '../schema/region.ts';
import { citation, PUBLISHER } from './citation.ts';
import { siteUrl, type ExportContext } from './context.ts';
import { CODE_LICENSE, DATA_LICENSE, ESCAPING_NOTE, QUOTES_NOTE, REGION_LIST } from './licenses.ts';
import { regionPagePath } from './paths.ts';
import { regionSources } from './region-metadata.ts';
import type { TableData } from './table.ts';

/** A Markdown table cell: pipes and line breaks would break the table. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

function filesSection(tables: readonly TableData[]): string[] {
	return [
		'## Files',
		'',
		'| file | rows | what it is |',
		'| --- | --- | --- |',
		...tables.map((t) => `| ${t.spec.name}.csv | ${t.rows.length} | ${cell(t.spec.description)} |`),
		'| metadata.json | | the region, its sources, the files and their columns, data version, license and citation, as JSON |',
		'| README.md | | this file |',
		'',
		`The CSV files are UTF-8, comma-separated, with a header row and RFC 4180 quoting; an empty cell is a missing or not applicable value. ${ESCAPING_NOTE}`,
	];
}

function columnsSection(tables: readonly TableData[]): string[] {
	return [
		'## Columns',
		...tables.flatMap((t) => [
			'',
			`### ${t.spec.name}.csv`,
			'',
			'| column | type | meaning |',
			'| --- | --- | --- |',
			...t.spec.columns.map((c) => `| ${c.name} | ${c.type} | ${cell(c.description)} |`),
		]),
	];
}

function sourcesSection(ctx: ExportContext, region: Region): string[] {
	return [
		'## Sources',
		'',
		...regionSources(ctx, region).map(
			(s) =>
				`- ${s.publisher}: “${s.title}” (published ${s.published}, accessed ${s.accessed})${s.url ? `. ${s.url}` : ''} — id \`${s.id}\``,
		),
	];
}

function citeSection(ctx: ExportContext, region: Region): string[] {
	const { text, bibtex } = citation(ctx, region);
	return [
		'## How to cite',
		'',
		text,
		'',
		'```bibtex',
		bibtex,
		'```',
		'',
		'When you use a figure, please also name its own source (the source_* columns).',
	];
}

function licenseSection(): string[] {
	return [
		'## License',
		'',
		`- Data: [${DATA_LICENSE.title}](${DATA_LICENSE.path}) (${DATA_LICENSE.name}). Share and adapt it, crediting ${PUBLISHER}.`,
		`- Region codes and names: [${REGION_LIST.title}](${REGION_LIST.path}) by ${REGION_LIST.author}, [${REGION_LIST.license.title}](${REGION_LIST.license.path}) (${REGION_LIST.license.name}).`,
		`- Code of the site: ${CODE_LICENSE.title} (${CODE_LICENSE.name}).`,
		`- ${QUOTES_NOTE}`,
	];
}

/** The README of a region's bundle; `tables` are the CSVs it contains. */
export function regionReadme(
	ctx: ExportContext,
	region: Region,
	tables: readonly TableData[],
): string {
	const page = siteUrl(ctx, regionPagePath(region));
	const sections = [
		[
			`# ${PUBLISHER}: ${region.name}`,
			'',
			`BPJS Ketenagakerjaan figures for ${region.name} (code ${region.code}), data version ${ctx.dataset.version}: every figure with the source and the exact quote it was read from.`,
			'',
			`Angka BPJS Ketenagakerjaan untuk ${region.name} (kode ${region.code}), versi data ${ctx.dataset.version}: setiap angka disertai sumber dan kutipan persisnya.`,
			'',
			`Page / halaman: ${page}`,
		],
		filesSection(tables),
		columnsSection(tables),
		sourcesSection(ctx, region),
		citeSection(ctx, region),
		licenseSection(),
	];
	return `${sections.map((s) => s.join('\n')).join('\n\n')}\n`;
}
