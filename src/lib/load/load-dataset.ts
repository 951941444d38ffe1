/**
 * The single entry to the data: reads a data folder, validates it and returns the dataset
 * with every problem found. Pages, scripts, exports and tests all call this.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Dataset, LoadResult } from '../schema/dataset.ts';
import type { Figure } from '../schema/figure.ts';
import type { Indicator } from '../schema/indicator.ts';
import type { Issue } from '../schema/issue.ts';
import type { Region } from '../schema/region.ts';
import type { Source } from '../schema/source.ts';
import {
	validateFigureFile,
	type FigureContext,
	type FigureFileResult,
} from '../validate/figures.ts';
import { validateAreas, validateIndicators } from '../validate/registry.ts';
import { validateSource } from '../validate/source.ts';
import { officialRegions } from './official-regions.ts';
import { readCsv } from './read-csv.ts';
import { readJson } from './read-json.ts';

/** The data folder: `PANTAU_DATA_DIR` when set, else `data/` in the working directory. */
export function defaultDataDir(): string {
	return process.env['PANTAU_DATA_DIR'] ?? 'data';
}

/** A file of the data folder: where it is read from, and its name in messages. */
interface DataFile {
	path: string;
	shown: string;
}

/** A file under the data folder, named in messages relative to the working directory. */
function dataFile(dataDir: string, name: string): DataFile {
	const path = join(dataDir, name);
	return { path, shown: relative(process.cwd(), path) || path };
}

/**
 * The text of `file` given to `check`; a missing file is an issue saying what the file is for
 * (`hint`) and gives undefined.
 */
function readChecked<T>(
	file: DataFile,
	hint: string,
	issues: Issue[],
	check: (text: string) => T,
): T | undefined {
	let text: string;
	try {
		text = readFileSync(file.path, 'utf8');
	} catch (error) {
		// One read instead of a check and a read: thousands of source folders make it count.
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
		issues.push({ file: file.shown, line: 0, column: 0, message: `file is missing — ${hint}` });
		return undefined;
	}
	return check(text);
}

/** The official regions and those of areas.csv, by code. */
async function loadRegions(dataDir: string, issues: Issue[]): Promise<Map<string, Region>> {
	const regions = new Map<string, Region>((await officialRegions()).map((r) => [r.code, r]));
	const file = dataFile(dataDir, 'areas.csv');
	const hint = 'it lists the areas outside idn-area-data, at least ID (see data/README.md)';
	const found = readChecked(file, hint, issues, (text) =>
		validateAreas(file.shown, readCsv(file.shown, text), regions),
	);
	issues.push(...(found?.issues ?? []));
	for (const area of found?.areas ?? []) regions.set(area.code, area);
	return regions;
}

/** The registry of indicators.csv, by id. */
function loadIndicators(dataDir: string, issues: Issue[]): Map<string, Indicator> {
	const file = dataFile(dataDir, 'indicators.csv');
	const hint = 'it is the registry of indicators (see data/README.md)';
	const found = readChecked(file, hint, issues, (text) =>
		validateIndicators(file.shown, readCsv(file.shown, text)),
	);
	issues.push(...(found?.issues ?? []));
	return found?.indicators ?? new Map();
}

/** The names of the folders under `sourcesDir`, sorted; none when it does not exist. */
function sourceFolders(sourcesDir: string): string[] {
	if (!existsSync(sourcesDir)) return [];
	return (
		readdirSync(sourcesDir, { withFileTypes: true })
			// A symbolic link is followed, as statSync does; plain entries need no extra call.
			.filter((e) =>
				e.isSymbolicLink() ? statSync(join(sourcesDir, e.name)).isDirectory() : e.isDirectory(),
			)
			.map((e) => e.name)
			.sort()
	);
}

/** One source folder: where it is, and its name in messages. */
interface SourceFolder {
	id: string;
	dir: string;
	shown: string;
}

function inFolder(folder: SourceFolder, name: string): DataFile {
	return { path: join(folder.dir, name), shown: join(folder.shown, name) };
}

/** The folder's source.json, validated; undefined when it is missing or invalid. */
function loadSource(folder: SourceFolder, issues: Issue[]): Source | undefined {
	const file = inFolder(folder, 'source.json');
	const hint =
		'every source folder needs a source.json describing the article (see data/README.md)';
	const found = readChecked(file, hint, issues, (text) =>
		validateSource(file.shown, folder.id, readJson(file.shown, text)),
	);
	issues.push(...(found?.issues ?? []));
	return found?.source;
}

/** The folder's figures.csv, validated; undefined when it is missing. */
function loadFigures(
	folder: SourceFolder,
	context: FigureContext,
	issues: Issue[],
): FigureFileResult | undefined {
	const file = inFolder(folder, 'figures.csv');
	const hint = 'every source folder needs a figures.csv, even one with only its header';
	const result = readChecked(file, hint, issues, (text) =>
		validateFigureFile(file.shown, readCsv(file.shown, text), context),
	);
	if (result === undefined) return undefined;
	issues.push(...result.issues);
	if (!context.source && result.figures.length > 0) {
		// Without a valid source.json no figure of the folder can be published.
		issues.push({
			file: file.shown,
			line: 0,
			column: 0,
			message: `${result.figures.length} rows not published: the folder has no valid source.json`,
		});
	}
	return result;
}

/** Every source folder: the valid sources, their published figures, and the row accounting. */
function loadSources(
	dataDir: string,
	registry: Pick<FigureContext, 'regions' | 'indicators'>,
	issues: Issue[],
): Pick<Dataset, 'sources' | 'figures' | 'accounting'> {
	const sources = new Map<string, Source>();
	const figures: Figure[] = [];
	const accounting = { rowsRead: 0, figuresAccepted: 0, rowsRejected: 0 };
	const sourcesDir = join(dataDir, 'sources');
	const ids = sourceFolders(sourcesDir);
	if (ids.length === 0)
		issues.push({
			file: relative(process.cwd(), sourcesDir) || sourcesDir,
			line: 0,
			column: 0,
			message: 'no source folders found — add data/sources/<source-id>/',
		});

	// As dataFile names them, without resolving two paths for each of thousands of files.
	const shownSources = relative(process.cwd(), sourcesDir);
	for (const id of ids) {
		const folder = { id, dir: join(sourcesDir, id), shown: join(shownSources, id) };
		const source = loadSource(folder, issues);
		if (source) sources.set(id, source);
		const result = loadFigures(folder, { ...registry, source, sourceId: id }, issues);
		if (result === undefined) continue;
		accounting.rowsRead += result.rowsRead;
		accounting.rowsRejected += result.rowsRejected;
		// Without a valid source.json its figures count as rejected rows.
		if (source) figures.push(...result.figures);
		else accounting.rowsRejected += result.figures.length;
	}
	accounting.figuresAccepted = figures.length;
	return { sources, figures, accounting };
}

/** Data version: the newest `accessed` date among the sources. */
function dataVersion(sources: ReadonlyMap<string, Source>): string {
	return (
		[...sources.values()]
			.map((s) => s.accessed)
			.sort()
			.at(-1) ?? ''
	);
}

/** Reads and validates the data folder. */
export async function loadDataset(dataDir: string = defaultDataDir()): Promise<LoadResult> {
	const issues: Issue[] = [];
	const regions = await loadRegions(dataDir, issues);
	const indicators = loadIndicators(dataDir, issues);
	const { sources, figures, accounting } = loadSources(dataDir, { regions, indicators }, issues);
	const version = dataVersion(sources);
	const dataset: Dataset = { dataDir, regions, indicators, sources, figures, version, accounting };
	return { dataset, issues };
}
