/**
 * The performance budgets (decided in issue 18) and their verdicts. The bench is a report: a
 * failed budget is printed, and only `--strict` turns it into an exit status. Time is judged
 * as a ratio to a trivial build in the same run, because this machine is noisy.
 */
import type {
	BenchResult,
	BudgetResult,
	BuildRun,
	PipelineRun,
	RegionFirstLoad,
} from './result.ts';

export const KB = 1024;
export const MiB = 1024 * 1024;
export const GB = 1e9;

export const BUDGETS = {
	/** time(2n) ÷ time(n) at most this: linear, with room for noise. */
	doubling: 2.2,
	/** `check-data` on the national set, wall time. */
	checkDataSeconds: 5,
	/** National build ÷ trivial Astro site of as many pages, in the same run. */
	floorRatio: 2.5,
	/** Largest single process of the build, and the whole process tree. */
	processRssBytes: 1.5 * GB,
	treeRssBytes: 2.5 * GB,
	/** What free static hosts take: GitHub Pages 1 GB a site; Cloudflare Pages 25 MiB a file. */
	outputBytes: GB,
	fileBytes: 25 * MiB,
	/** Cloudflare Pages' file limit: reported against, not judged (a goal). */
	files: 20_000,
	regionMedianGzip: 20 * KB,
	regionMaxGzip: 60 * KB,
	regionRequests: 3,
	regionScriptBytes: 0,
	searchFirstQuery: 150 * KB,
} as const;

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;

function budget(id: string, what: string, limit: string, measured: string, pass: boolean) {
	return { id, what, limit, measured, pass };
}

/** A budget that could not be measured fails, saying why. */
function missing(id: string, what: string, limit: string, why: string): BudgetResult {
	return budget(id, what, limit, `not measured: ${why}`, false);
}

function pipelineBudgets(runs: readonly PipelineRun[], checkDataMs: number | undefined) {
	const synthetic = runs
		.filter((r) => r.label === 'synthetic')
		.sort((a, b) => a.figures - b.figures);
	const out: BudgetResult[] = [
		checkDataMs === undefined
			? missing('check-data', 'check-data on the national set, wall', '≤ 5 s', 'no run')
			: budget(
					'check-data',
					'check-data on the national set, wall',
					`≤ ${BUDGETS.checkDataSeconds} s`,
					`${(checkDataMs / 1000).toFixed(1)} s`,
					checkDataMs <= BUDGETS.checkDataSeconds * 1000,
				),
	];
	for (let i = 1; i < synthetic.length; i++) {
		const small = synthetic[i - 1];
		const large = synthetic[i];
		if (!small || !large) continue;
		const ratio = large.bestMs / small.bestMs;
		out.push(
			budget(
				`pipeline-linear-${large.requested ?? large.figures}`,
				`CPU time(${large.figures.toLocaleString('en')}) ÷ time(${small.figures.toLocaleString('en')})`,
				`≤ ${BUDGETS.doubling}`,
				ratio.toFixed(2),
				ratio <= BUDGETS.doubling,
			),
		);
	}
	return out;
}

/** Size budgets of the output: its total and its largest file. */
function outputBudgets(build: BuildRun): BudgetResult[] {
	const largest = build.largestFile;
	return [
		budget(
			'output-size',
			'national output, total',
			`≤ ${mb(BUDGETS.outputBytes)}`,
			`${mb(build.outputBytes)} in ${build.outputFiles.toLocaleString('en')} files`,
			build.outputBytes <= BUDGETS.outputBytes,
		),
		largest
			? budget(
					'largest-file',
					'largest file of the output',
					`≤ ${(BUDGETS.fileBytes / MiB).toFixed(0)} MiB`,
					`${(largest.bytes / MiB).toFixed(1)} MiB (${largest.path})`,
					largest.bytes <= BUDGETS.fileBytes,
				)
			: missing('largest-file', 'largest file of the output', '≤ 25 MiB', 'no files listed'),
	];
}

/** Memory budgets: the largest process and the process tree. */
function memoryBudgets(build: BuildRun): BudgetResult[] {
	const one = build.peakRssBytes;
	const tree = build.peakTreeRssBytes;
	return [
		one === undefined
			? missing('process-rss', 'build peak RSS, largest process', '≤ 1.5 GB', 'no GNU time')
			: budget(
					'process-rss',
					'build peak RSS, largest process',
					`≤ ${(BUDGETS.processRssBytes / GB).toFixed(1)} GB`,
					mb(one),
					one <= BUDGETS.processRssBytes,
				),
		tree === undefined
			? missing('tree-rss', 'build peak RSS, process tree', '≤ 2.5 GB', 'no reading')
			: budget(
					'tree-rss',
					'build peak RSS, process tree',
					`≤ ${(BUDGETS.treeRssBytes / GB).toFixed(1)} GB`,
					mb(tree),
					tree <= BUDGETS.treeRssBytes,
				),
	];
}

/** The build's time as a ratio to the trivial floor of the same run. */
function floorBudget(build: BuildRun, floorMs: number | undefined, why: string): BudgetResult {
	const what = 'national build time ÷ trivial Astro site, same run';
	const limit = `≤ ${BUDGETS.floorRatio}`;
	if (!build.ok || floorMs === undefined || floorMs <= 0)
		return missing('floor-ratio', what, limit, build.ok ? 'no floor' : why);
	const ratio = build.wallMs / floorMs;
	const measured = `${ratio.toFixed(2)} (${(build.wallMs / 1000).toFixed(1)} s ÷ ${(floorMs / 1000).toFixed(1)} s)`;
	return budget('floor-ratio', what, limit, measured, ratio <= BUDGETS.floorRatio);
}

/** What a region page loads first: its weight, requests and JavaScript. */
function regionBudgets(first: RegionFirstLoad): BudgetResult[] {
	return [
		budget(
			'region-median',
			'region page HTML+CSS gzip, median',
			`≤ ${kb(BUDGETS.regionMedianGzip)}`,
			kb(first.htmlCssGzip.median),
			first.htmlCssGzip.median <= BUDGETS.regionMedianGzip,
		),
		budget(
			'region-max',
			'region page HTML+CSS gzip, largest',
			`≤ ${kb(BUDGETS.regionMaxGzip)}`,
			kb(first.htmlCssGzip.max),
			first.htmlCssGzip.max <= BUDGETS.regionMaxGzip,
		),
		budget(
			'region-requests',
			'region page requests on first load (most)',
			`≤ ${BUDGETS.regionRequests}`,
			String(first.requests.max),
			first.requests.max <= BUDGETS.regionRequests,
		),
		budget(
			'region-js',
			'JavaScript a region page needs',
			'0 bytes',
			`${first.scriptBytes} bytes in ${first.scriptElements} scripts`,
			first.scriptBytes === 0 && first.scriptElements === 0,
		),
	];
}

function buildBudgets(build: BuildRun | undefined, floorMs: number | undefined): BudgetResult[] {
	if (!build) return [missing('build', 'national build', 'built', 'no build')];
	const why = build.error ?? 'the build failed';
	const first = build.regionFirstLoad;
	return [
		floorBudget(build, floorMs, why),
		...memoryBudgets(build),
		...(build.ok
			? outputBudgets(build)
			: [
					missing('output-size', 'national output, total', '≤ 1000 MB', why),
					missing('largest-file', 'largest file of the output', '≤ 25 MiB', why),
				]),
		...(build.ok && first && first.pages > 0
			? regionBudgets(first)
			: [missing('region-size', 'region pages', 'measured', build.ok ? 'no region pages' : why)]),
		build.ok && build.search
			? budget(
					'search-first-query',
					'search: bytes of the first query',
					`≤ ${kb(BUDGETS.searchFirstQuery)}`,
					kb(build.search.firstQueryBytes),
					build.search.firstQueryBytes <= BUDGETS.searchFirstQuery,
				)
			: missing('search-first-query', 'search: bytes of the first query', '≤ 150 KB', why),
	];
}

/** Every budget, judged on the synthetic pipeline runs and the national build. */
export function judgeBudgets(result: Omit<BenchResult, 'budgets'>): BudgetResult[] {
	const national = result.builds.find((b) => b.label === 'national');
	return [
		...pipelineBudgets(result.pipeline, result.checkData?.bestWallMs),
		...buildBudgets(national, result.floor?.ok ? result.floor.wallMs : undefined),
	];
}
