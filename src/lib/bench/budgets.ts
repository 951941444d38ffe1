/**
 * The performance budgets of issue 7 and their verdicts. The bench is a report: a failed
 * budget is printed, and only `--strict` turns it into an exit status.
 */
import type { BenchResult, BudgetResult, BuildRun, PipelineRun } from './result.ts';

export const KB = 1024;
export const GB = 1e9;

export const BUDGETS = {
	figuresPerSecond: 200_000,
	/** time(2n) ÷ time(n) at most this: linear, with room for noise. */
	doubling: 2.2,
	buildSeconds: 20,
	buildRssBytes: GB,
	floorRatio: 2,
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

function pipelineBudgets(runs: readonly PipelineRun[]): BudgetResult[] {
	const synthetic = runs
		.filter((r) => r.label === 'synthetic')
		.sort((a, b) => a.figures - b.figures);
	const out: BudgetResult[] = [];
	if (synthetic.length === 0)
		return [missing('pipeline-speed', 'pipeline speed', '≥ 200,000 figures/s', 'no runs')];
	const slowest = synthetic.reduce((a, b) => (a.figuresPerSecond <= b.figuresPerSecond ? a : b));
	out.push(
		budget(
			'pipeline-speed',
			'pipeline figures/s, one core (slowest size)',
			`≥ ${BUDGETS.figuresPerSecond.toLocaleString('en')}`,
			`${Math.round(slowest.figuresPerSecond).toLocaleString('en')} at ${slowest.figures.toLocaleString('en')}`,
			slowest.figuresPerSecond >= BUDGETS.figuresPerSecond,
		),
	);
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

function buildBudgets(build: BuildRun | undefined, floorMs: number | undefined): BudgetResult[] {
	if (!build) return [missing('build', 'national build', 'built', 'no build')];
	const why = build.error ?? 'the build failed';
	const out: BudgetResult[] = [
		build.ok
			? budget(
					'build-time',
					'national build wall time',
					`< ${BUDGETS.buildSeconds} s`,
					`${(build.wallMs / 1000).toFixed(1)} s`,
					build.wallMs < BUDGETS.buildSeconds * 1000,
				)
			: missing('build-time', 'national build wall time', `< ${BUDGETS.buildSeconds} s`, why),
	];
	const rss = build.peakTreeRssBytes ?? build.peakRssBytes;
	out.push(
		rss === undefined
			? missing('build-rss', 'build peak RSS', '< 1 GB', 'no RSS reading')
			: budget('build-rss', 'build peak RSS', '< 1 GB', mb(rss), rss < BUDGETS.buildRssBytes),
	);
	out.push(
		build.ok && floorMs !== undefined && floorMs > 0
			? budget(
					'floor-ratio',
					'build time ÷ trivial Astro site',
					`≤ ${BUDGETS.floorRatio}`,
					(build.wallMs / floorMs).toFixed(2),
					build.wallMs / floorMs <= BUDGETS.floorRatio,
				)
			: missing(
					'floor-ratio',
					'build time ÷ trivial Astro site',
					'≤ 2',
					build.ok ? 'no floor' : why,
				),
	);
	const first = build.regionFirstLoad;
	if (!build.ok || !first || first.pages === 0) {
		out.push(
			missing('region-size', 'region pages', 'measured', build.ok ? 'no region pages' : why),
		);
	} else {
		out.push(
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
		);
	}
	out.push(
		build.ok && build.search
			? budget(
					'search-first-query',
					'search: bytes of the first query',
					`≤ ${kb(BUDGETS.searchFirstQuery)}`,
					kb(build.search.firstQueryBytes),
					build.search.firstQueryBytes <= BUDGETS.searchFirstQuery,
				)
			: missing('search-first-query', 'search: bytes of the first query', '≤ 150 KB', why),
	);
	return out;
}

/** Every budget, judged on the synthetic pipeline runs and the national build. */
export function judgeBudgets(result: Omit<BenchResult, 'budgets'>): BudgetResult[] {
	const national = result.builds.find((b) => b.label === 'national');
	return [
		...pipelineBudgets(result.pipeline),
		...buildBudgets(national, result.floor?.ok ? result.floor.wallMs : undefined),
	];
}
