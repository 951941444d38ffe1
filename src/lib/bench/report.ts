/** The bench result as a readable text report. */
import { BUDGETS, KB } from './budgets.ts';
import type { BenchResult, BuildRun } from './result.ts';

const int = (n: number) => Math.round(n).toLocaleString('en');
const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const mb = (bytes: number | undefined) =>
	bytes === undefined ? '–' : `${(bytes / 1e6).toFixed(0)} MB`;

/**
 * Rows as aligned text columns: `left` says which columns are text (left-aligned); by default
 * only the first, the others being numbers (right-aligned).
 */
export function table(
	rows: readonly (readonly string[])[],
	left: readonly number[] = [0],
): string[] {
	const widths: number[] = [];
	for (const row of rows) row.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
	return rows.map((row) =>
		row
			.map((c, i) => (left.includes(i) ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
			.join('  ')
			.trimEnd(),
	);
}

function buildLines(builds: readonly BuildRun[]): string[] {
	const col = (f: (b: BuildRun) => string) => builds.map(f);
	const rows: string[][] = [
		['', ...col((b) => b.label)],
		['figures', ...col((b) => int(b.figures))],
		['result', ...col((b) => (b.ok ? 'built' : `FAILED: ${b.error ?? ''}`.slice(0, 60)))],
		['wall time', ...col((b) => sec(b.wallMs))],
		[
			'astro / pagefind (own timings)',
			...col(
				(b) => `${b.astroSeconds?.toFixed(1) ?? '–'} s / ${b.pagefindSeconds?.toFixed(1) ?? '–'} s`,
			),
		],
		[
			'static files beside Astro (other core)',
			...col((b) =>
				b.staticFiles
					? `${int(b.staticFiles.files)} files, ${b.staticFiles.megabytes.toFixed(0)} MB in ${b.staticFiles.seconds.toFixed(1)} s`
					: '–',
			),
		],
		['HTML pages (Astro routes)', ...col((b) => `${int(b.htmlPages)} (${int(b.pagesBuilt)})`)],
		['HTML pages per second', ...col((b) => int(b.pagesPerSecond))],
		['peak RSS, largest process', ...col((b) => mb(b.peakRssBytes))],
		['peak RSS, process tree', ...col((b) => mb(b.peakTreeRssBytes))],
		[
			'  of which (peak per command)',
			...col((b) =>
				Object.entries(b.peakRssByCommand ?? {})
					.filter(([, bytes]) => bytes >= 50e6)
					.sort(([, x], [, y]) => y - x)
					.map(([command, bytes]) => `${command} ${mb(bytes)}`)
					.join(', '),
			),
		],
		['output', ...col((b) => `${mb(b.outputBytes)} in ${int(b.outputFiles)} files`)],
	];
	return table(rows);
}

function sizeLines(build: BuildRun): string[] {
	const rows: string[][] = [
		['page type', 'pages', 'raw median', 'p95', 'max', 'gzip median', 'p95', 'max'],
		...build.pageSizes
			.filter((p) => p.raw.count > 0)
			.map((p) => [
				p.type,
				int(p.raw.count),
				kb(p.raw.median),
				kb(p.raw.p95),
				kb(p.raw.max),
				kb(p.gzip.median),
				kb(p.gzip.p95),
				kb(p.gzip.max),
			]),
	];
	return table(rows);
}

/** Where the bytes go, by kind of output, with the file count against the hosts' limit. */
function outputLines(build: BuildRun): string[] {
	const kinds = build.outputKinds ?? [];
	if (kinds.length === 0) return [];
	const total = Math.max(1, build.outputBytes);
	return [
		...table([
			['output kind', 'files', 'bytes', 'share'],
			...kinds.map((k) => [
				k.kind,
				int(k.files),
				mb(k.bytes),
				`${((k.bytes / total) * 100).toFixed(1)}%`,
			]),
		]),
		`files: ${int(build.outputFiles)} (a goal of ${int(BUDGETS.files)}, Cloudflare Pages' limit: ${build.outputFiles <= BUDGETS.files ? 'reached' : `${int(build.outputFiles - BUDGETS.files)} over`})`,
		...(build.largestFile
			? [
					`largest file: ${build.largestFile.path}, ${(build.largestFile.bytes / 1024 / 1024).toFixed(1)} MiB`,
				]
			: []),
	];
}

function routeLines(build: BuildRun): string[] {
	const entries = Object.entries(build.routeMs).sort(([, a], [, b]) => b.ms - a.ms);
	return table([
		['route type', 'routes', 'time', 'per route'],
		...entries.map(([kind, r]) => [
			kind,
			int(r.routes),
			sec(r.ms),
			`${(r.ms / Math.max(1, r.routes)).toFixed(1)} ms`,
		]),
	]);
}

/** One successful build's details: where the bytes go, page sizes, search, route times. */
function buildDetailLines(b: BuildRun): string[] {
	const lines: string[] = [];
	lines.push('', `Where the bytes go, ${b.label} build (MB = 10^6 bytes)`);
	lines.push(...outputLines(b).map((l) => `  ${l}`));
	lines.push('', `HTML sizes, ${b.label} build (KB = 1024 bytes, gzip level 6)`);
	lines.push(...sizeLines(b).map((l) => `  ${l}`));
	const f = b.regionFirstLoad;
	if (f && f.pages > 0) {
		lines.push(
			`  region pages, first load (HTML + linked CSS, gzip): median ${kb(f.htmlCssGzip.median)}, p95 ${kb(f.htmlCssGzip.p95)}, max ${kb(f.htmlCssGzip.max)}`,
			`  requests per region page: at most ${f.requests.max} (${f.requestsExample.page}: the page, ${f.requestsExample.stylesheets.join(', ') || 'no stylesheet (CSS inlined)'}${f.requestsExample.images.length > 0 ? `, ${f.requestsExample.images.join(', ')}` : ''}${f.requestsExample.scripts.length > 0 ? `, ${f.requestsExample.scripts.join(', ')}` : ''})`,
			`  JavaScript on region pages: ${f.scriptElements} script elements, ${f.scriptBytes} bytes`,
		);
	}
	if (b.search) {
		const s = b.search;
		lines.push(
			`  search index: ${mb(s.totalBytes)} in ${int(s.files)} files; first query (${s.language}) ≈ ${kb(s.firstQueryBytes)} (largest chunk and fragment: ${kb(s.firstQueryWorstBytes)}); the UI adds ${kb(s.uiBytes)}`,
			`    ${Object.entries(s.parts)
				.map(([k, v]) => `${k} ${kb(v)}`)
				.join(', ')}`,
		);
	}
	lines.push('  Astro time by route type (sum of its per-route times):');
	lines.push(...routeLines(b).map((l) => `    ${l}`));
	return lines;
}

/** The pipeline runs, one row each. */
function pipelineLines(r: BenchResult): string[] {
	return table([
		['data', 'figures', 'best CPU', 'load', 'analyse', 'figures/s', 'wall', 'runs (CPU s)'],
		...r.pipeline.map((p) => [
			p.label === 'synthetic' && p.years !== undefined ? `synthetic, ${p.years} years` : p.label,
			int(p.figures),
			sec(p.bestMs),
			sec(p.loadMs),
			sec(p.analyseMs),
			int(p.figuresPerSecond),
			sec(p.bestWallMs),
			p.runsMs.map((x) => (x / 1000).toFixed(2)).join(' '),
		]),
	]);
}

/** The trivial site's time, and the national build's as a ratio to it. */
function floorLine(r: BenchResult, floor: NonNullable<BenchResult['floor']>): string {
	const national = r.builds.find((b) => b.label === 'national');
	const time = floor.ok ? sec(floor.wallMs) : `– (${floor.error ?? 'failed'})`;
	let line = `Floor: a trivial Astro site with ${int(floor.pages)} pages (a heading and a paragraph) builds in ${time}`;
	if (national?.ok && floor.ok) {
		line += `; national build ÷ floor = ${(national.wallMs / floor.wallMs).toFixed(2)}`;
		if (national.astroSeconds !== undefined)
			line += ` (Astro's own build time alone: ${((national.astroSeconds * 1000) / floor.wallMs).toFixed(2)})`;
	}
	return line;
}

/** Every budget with its verdict, and how many pass. */
function budgetLines(r: BenchResult): string[] {
	const failed = r.budgets.filter((b) => !b.pass).length;
	return [
		...table(
			[
				['', 'budget', 'limit', 'measured'],
				...r.budgets.map((b) => [b.pass ? 'PASS' : 'FAIL', b.what, b.limit, b.measured]),
			],
			[0, 1, 2, 3],
		).map((l) => `  ${l}`),
		'',
		`${r.budgets.length - failed} of ${r.budgets.length} budgets pass.`,
	];
}

/** The whole report. */
export function formatReport(r: BenchResult): string {
	const m = r.machine;
	const lines: string[] = [
		`Pantau Jamsostek benchmark, ${r.date}`,
		`${m.cpus} CPUs (${m.cpuModel}), ${(m.memoryBytes / 1e9).toFixed(0)} GB, Node ${m.node}; pipeline ${m.pinned ? 'pinned to one core (taskset -c 0)' : 'not pinned (no taskset)'}`,
		`command: ${r.command}`,
		'',
		'Pipeline: loadDataset + analyse in a fresh process; CPU time of the best run (wall time beside)',
		...pipelineLines(r).map((l) => `  ${l}`),
	];
	if (r.checkData) {
		const c = r.checkData;
		lines.push(
			'',
			`check-data on the national set (${int(c.figures)} figures), wall: best ${sec(c.bestWallMs)} (runs ${c.runsWallMs.map((x) => (x / 1000).toFixed(2)).join(' ')} s)`,
		);
	}
	if (r.builds.length > 0) {
		lines.push('', 'Builds: npm run build (astro build + pagefind)');
		lines.push(...buildLines(r.builds).map((l) => `  ${l}`));
		if (r.floor) lines.push('', floorLine(r, r.floor));
		for (const b of r.builds.filter((x) => x.ok)) lines.push(...buildDetailLines(b));
	}
	lines.push('', 'Budgets', ...budgetLines(r));
	return lines.join('\n');
}
