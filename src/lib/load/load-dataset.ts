/**
 * The single entry to the data: reads a data folder, validates it and returns the dataset
 * with every problem found. Pages, scripts, exports and tests all call this.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Dataset, LoadResult } from '../schema/dataset.ts';
import type { Figure } from '../schema/figure.ts';
import type { Issue } from '../schema/issue.ts';
import type { Region } from '../schema/region.ts';
import type { Source } from '../schema/source.ts';
import { validateFigureFile } from '../validate/figures.ts';
import { validateAreas, validateIndicators } from '../validate/registry.ts';
import { validateSource } from '../validate/source.ts';
import { officialRegions } from './official-regions.ts';
import { readCsv } from './read-csv.ts';
import { readJson } from './read-json.ts';

/** The data folder: `PANTAU_DATA_DIR` when set, else `data/` in the working directory. */
export function defaultDataDir(): string {
	return process.env['PANTAU_DATA_DIR'] ?? 'data';
}

function readText(
	path: string,
	display: string,
	issues: Issue[],
	hint: string,
): string | undefined {
	try {
		return readFileSync(path, 'utf8');
	} catch (error) {
		// One read instead of a check and a read: thousands of source folders make it count.
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
		issues.push({ file: display, line: 0, column: 0, message: `file is missing — ${hint}` });
		return undefined;
	}
}

/** Reads and validates the data folder. */
export async function loadDataset(dataDir: string = defaultDataDir()): Promise<LoadResult> {
	const shown = (path: string) => relative(process.cwd(), path) || path;
	const issues: Issue[] = [];

	const regions = new Map<string, Region>((await officialRegions()).map((r) => [r.code, r]));
	const areasFile = shown(join(dataDir, 'areas.csv'));
	const areasText = readText(
		join(dataDir, 'areas.csv'),
		areasFile,
		issues,
		'it lists the areas outside idn-area-data, at least ID (see data/README.md)',
	);
	if (areasText !== undefined) {
		const { areas, issues: found } = validateAreas(
			areasFile,
			readCsv(areasFile, areasText),
			regions,
		);
		issues.push(...found);
		for (const area of areas) regions.set(area.code, area);
	}

	const indicatorsFile = shown(join(dataDir, 'indicators.csv'));
	const indicatorsText = readText(
		join(dataDir, 'indicators.csv'),
		indicatorsFile,
		issues,
		'it is the registry of indicators (see data/README.md)',
	);
	const { indicators, issues: indicatorIssues } =
		indicatorsText === undefined
			? { indicators: new Map(), issues: [] }
			: validateIndicators(indicatorsFile, readCsv(indicatorsFile, indicatorsText));
	issues.push(...indicatorIssues);

	const sources = new Map<string, Source>();
	const figures: Figure[] = [];
	const accounting = { rowsRead: 0, figuresAccepted: 0, rowsRejected: 0 };
	const sourcesDir = join(dataDir, 'sources');
	const ids = existsSync(sourcesDir)
		? readdirSync(sourcesDir, { withFileTypes: true })
				// A symbolic link is followed, as statSync does; plain entries need no extra call.
				.filter((e) =>
					e.isSymbolicLink() ? statSync(join(sourcesDir, e.name)).isDirectory() : e.isDirectory(),
				)
				.map((e) => e.name)
				.sort()
		: [];
	if (ids.length === 0)
		issues.push({
			file: shown(sourcesDir),
			line: 0,
			column: 0,
			message: 'no source folders found — add data/sources/<source-id>/',
		});

	// As `shown` names them, without resolving two paths for each of thousands of files.
	const shownSources = relative(process.cwd(), sourcesDir);
	for (const id of ids) {
		const dir = join(sourcesDir, id);
		const jsonFile = join(shownSources, id, 'source.json');
		const jsonText = readText(
			join(dir, 'source.json'),
			jsonFile,
			issues,
			'every source folder needs a source.json describing the article (see data/README.md)',
		);
		const { source, issues: sourceIssues } =
			jsonText === undefined
				? { source: undefined, issues: [] }
				: validateSource(jsonFile, id, readJson(jsonFile, jsonText));
		issues.push(...sourceIssues);
		if (source) sources.set(id, source);

		const csvFile = join(shownSources, id, 'figures.csv');
		const csvText = readText(
			join(dir, 'figures.csv'),
			csvFile,
			issues,
			'every source folder needs a figures.csv, even one with only its header',
		);
		if (csvText === undefined) continue;
		const result = validateFigureFile(csvFile, readCsv(csvFile, csvText), {
			regions,
			indicators,
			source,
			sourceId: id,
		});
		issues.push(...result.issues);
		accounting.rowsRead += result.rowsRead;
		accounting.rowsRejected += result.rowsRejected;
		if (!source) {
			// Without a valid source.json no figure of the folder can be published.
			accounting.rowsRejected += result.figures.length;
			if (result.figures.length > 0) {
				issues.push({
					file: csvFile,
					line: 0,
					column: 0,
					message: `${result.figures.length} rows not published: the folder has no valid source.json`,
				});
			}
			continue;
		}
		figures.push(...result.figures);
	}
	accounting.figuresAccepted = figures.length;

	const version =
		[...sources.values()]
			.map((s) => s.accessed)
			.sort()
			.at(-1) ?? '';
	const dataset: Dataset = { dataDir, regions, indicators, sources, figures, version, accounting };
	return { dataset, issues };
}
