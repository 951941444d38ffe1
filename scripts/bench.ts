/**
 * `npm run bench [-- options]`: how fast and how heavy the site is at national scale.
 *
 * Measures, on SYNTHETIC national data sets written into a temporary folder and on data/:
 * the pipeline (loadDataset + analyse, one core) at several sizes, the build (npm run build)
 * with its wall time, pages, peak memory and output, page sizes per page type, what a region
 * page loads, the search index, and a trivial Astro site of as many pages (the floor). Prints
 * a table, writes bench-results/bench.json, and exits 0 unless --strict and a budget fails.
 *
 * Options: --sizes 50000,100000,200000 (pipeline sizes), --runs 3 (repetitions, best kept),
 * --figures N (national build; default every region × 10 years), --no-build,
 * --build-timeout 3600 (seconds per build), --keep (keep the temporary folder), --strict.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { judgeBudgets } from '../src/lib/bench/budgets.ts';
import { parseBuildLog } from '../src/lib/bench/build-log.ts';
import { pageRequests, requestCount } from '../src/lib/bench/html.ts';
import {
	OUTPUT_KINDS,
	outputKind,
	PAGE_TYPES,
	pageType,
	type PageType,
} from '../src/lib/bench/page-type.ts';
import { searchEstimate, type IndexFile } from '../src/lib/bench/pagefind.ts';
import { formatReport } from '../src/lib/bench/report.ts';
import type {
	BenchResult,
	BuildRun,
	CheckDataRun,
	OutputKindSize,
	FloorRun,
	PipelineRun,
	RegionFirstLoad,
} from '../src/lib/bench/result.ts';
import { best, summarise } from '../src/lib/bench/stats.ts';
import { writeSynthetic } from '../src/lib/synth/write.ts';

const ROOT = resolve(import.meta.dirname, '..');
const TASKSET = '/usr/bin/taskset';
const GNU_TIME = '/usr/bin/time';

// ── child mode: one pipeline measurement in a fresh process ─────────────────────────────────

if (process.argv[2] === '--pipeline-child') {
	const dir = process.argv[3] ?? 'data';
	const { loadDataset } = await import('../src/lib/load/load-dataset.ts');
	const { analyse } = await import('../src/lib/analyse.ts');
	// CPU time (user + system, all threads) as well as wall time: pinned to one core, it is
	// what that core spent on the pipeline, whatever else the machine was doing.
	const cpu = () => {
		const { user, system } = process.cpuUsage();
		return (user + system) / 1000;
	};
	const [start, startCpu] = [performance.now(), cpu()];
	const { dataset, issues } = await loadDataset(dir);
	const loadedCpu = cpu();
	analyse(dataset);
	const [done, doneCpu] = [performance.now(), cpu()];
	console.log(
		JSON.stringify({
			figures: dataset.figures.length,
			issues: issues.length,
			wallMs: done - start,
			loadMs: loadedCpu - startCpu,
			analyseMs: doneCpu - loadedCpu,
		}),
	);
	process.exit(0);
}

const { values } = parseArgs({
	options: {
		sizes: { type: 'string', default: '50000,100000,200000' },
		runs: { type: 'string', default: '3' },
		figures: { type: 'string' },
		'no-build': { type: 'boolean', default: false },
		'build-timeout': { type: 'string', default: '3600' },
		keep: { type: 'boolean', default: false },
		strict: { type: 'boolean', default: false },
	},
});
const runs = Math.max(1, Number(values.runs));
const sizes = values.sizes
	.split(',')
	.map(Number)
	.filter((n) => n > 0);
const buildTimeoutMs = Number(values['build-timeout']) * 1000;
const work = mkdtempSync(join(tmpdir(), 'pantau-bench-'));
const pinned = existsSync(TASKSET);
const log = (message: string) => console.error(`[bench] ${message}`);

/** Years a synthetic set needs for `figures` figures (about 15,000 a year). */
const yearsFor = (figures: number) => Math.max(10, Math.ceil(figures / 15_000) + 1);

// ── pipeline ────────────────────────────────────────────────────────────────────────────────

interface PipelineOnce {
	figures: number;
	issues: number;
	wallMs: number;
	loadMs: number;
	analyseMs: number;
}

function pipelineOnce(dir: string): PipelineOnce {
	const args = [process.execPath, join(ROOT, 'scripts/bench.ts'), '--pipeline-child', dir];
	const [command, ...rest] = pinned ? [TASKSET, '-c', '0', ...args] : args;
	const run = spawnSync(command ?? process.execPath, rest, { cwd: ROOT, encoding: 'utf8' });
	if (run.status !== 0) throw new Error(`pipeline run failed on ${dir}:\n${run.stderr}`);
	const parsed = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as PipelineOnce;
	if (parsed.issues > 0) throw new Error(`${dir} has ${parsed.issues} data problems`);
	return parsed;
}

function measurePipeline(label: string, dir: string, extra: Partial<PipelineRun>): PipelineRun {
	const results = Array.from({ length: runs }, () => pipelineOnce(dir));
	const cpu = results.map((r) => r.loadMs + r.analyseMs);
	const bestMs = best(cpu);
	const chosen = results[cpu.indexOf(bestMs)] ?? results[0];
	const figures = chosen?.figures ?? 0;
	return {
		label,
		...extra,
		figures,
		runsMs: cpu,
		runsWallMs: results.map((r) => r.wallMs),
		bestMs,
		bestWallMs: best(results.map((r) => r.wallMs)),
		loadMs: chosen?.loadMs ?? 0,
		analyseMs: chosen?.analyseMs ?? 0,
		figuresPerSecond: bestMs > 0 ? (figures / bestMs) * 1000 : 0,
	};
}

// ── build ───────────────────────────────────────────────────────────────────────────────────

/**
 * Resident sets below `root` (inclusive), in bytes, from /proc: their sum, and the sum per
 * command name (node, pagefind…), to tell which part of the build holds the memory.
 */
function treeRss(root: number): { total: number; byCommand: Map<string, number> } {
	const parent = new Map<number, number>();
	const rss = new Map<number, { bytes: number; command: string }>();
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			// Fields after the command name (which may hold spaces) in parentheses.
			const close = stat.lastIndexOf(')');
			const command = stat.slice(stat.indexOf('(') + 1, close);
			const fields = stat.slice(close + 2).split(' ');
			parent.set(Number(entry), Number(fields[1]));
			rss.set(Number(entry), { bytes: Number(fields[21]) * 4096, command });
		} catch {
			// the process ended meanwhile
		}
	}
	let total = 0;
	const byCommand = new Map<string, number>();
	for (const [pid, { bytes, command }] of rss) {
		let p: number | undefined = pid;
		while (p !== undefined && p > 1 && p !== root) p = parent.get(p);
		if (p !== root) continue;
		total += bytes;
		byCommand.set(command, (byCommand.get(command) ?? 0) + bytes);
	}
	return { total, byCommand };
}

interface Spawned {
	code: number | null;
	output: string;
	wallMs: number;
	peakTreeRss: number;
	peakByCommand: Record<string, number>;
	timedOut: boolean;
}

/** Runs a command in its own process group, polling its memory, with a time limit. */
function runMeasured(
	command: string,
	args: string[],
	options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<Spawned> {
	return new Promise((done) => {
		const start = performance.now();
		const child = spawn(command, args, { ...options, detached: true });
		let output = '';
		let peakTreeRss = 0;
		const peakByCommand: Record<string, number> = {};
		let timedOut = false;
		child.stdout.on('data', (b: Buffer) => (output += b.toString()));
		child.stderr.on('data', (b: Buffer) => (output += b.toString()));
		const poll = setInterval(() => {
			if (child.pid === undefined) return;
			const now = treeRss(child.pid);
			peakTreeRss = Math.max(peakTreeRss, now.total);
			for (const [command, bytes] of now.byCommand)
				peakByCommand[command] = Math.max(peakByCommand[command] ?? 0, bytes);
		}, 250);
		const limit = setTimeout(() => {
			timedOut = true;
			// Only the group this script started.
			if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
		}, options.timeoutMs);
		child.on('close', (code) => {
			clearInterval(poll);
			clearTimeout(limit);
			const wallMs = performance.now() - start;
			done({ code, output, wallMs, peakTreeRss, peakByCommand, timedOut });
		});
	});
}

/** Every file below a folder, with its path relative to it (`/`-separated). */
function listFiles(dir: string): { path: string; bytes: number }[] {
	const out: { path: string; bytes: number }[] = [];
	const walk = (d: string) => {
		for (const entry of readdirSync(d, { withFileTypes: true })) {
			const full = join(d, entry.name);
			if (entry.isDirectory()) walk(full);
			else out.push({ path: relative(dir, full).split(sep).join('/'), bytes: statSync(full).size });
		}
	};
	walk(dir);
	return out;
}

const gzipSize = (data: Buffer | string) => gzipSync(data, { level: 6 }).length;

/** Files and bytes per kind of output, biggest first, and the largest file. */
function outputBreakdown(files: readonly { path: string; bytes: number }[]) {
	const kinds = new Map<string, OutputKindSize>(
		OUTPUT_KINDS.map((kind) => [kind, { kind, files: 0, bytes: 0 }]),
	);
	let largest: { path: string; bytes: number } | undefined;
	for (const file of files) {
		const entry = kinds.get(outputKind(file.path));
		if (entry) {
			entry.files++;
			entry.bytes += file.bytes;
		}
		if (!largest || file.bytes > largest.bytes)
			largest = { path: `/${file.path}`, bytes: file.bytes };
	}
	const outputKinds = [...kinds.values()]
		.filter((k) => k.files > 0)
		.sort((a, b) => b.bytes - a.bytes);
	return { outputKinds, ...(largest ? { largestFile: largest } : {}) };
}

/** `check-data` on a data folder, wall time of each run in a fresh process. */
function measureCheckData(dir: string, figures: number): CheckDataRun {
	const wall: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		// Its report (a line per source: megabytes at national scale) is not kept.
		const run = spawnSync(process.execPath, [join(ROOT, 'scripts/check-data.ts'), dir], {
			cwd: ROOT,
			encoding: 'utf8',
			stdio: ['ignore', 'ignore', 'pipe'],
		});
		wall.push(performance.now() - start);
		if (run.status !== 0)
			throw new Error(
				`check-data failed on ${dir} (${run.error?.message ?? `exit ${run.status}`}):\n${run.stderr}`,
			);
	}
	return { figures, runsWallMs: wall, bestWallMs: best(wall) };
}

/** Sizes per page type, and what region pages load. */
function analyseOutput(out: string, files: { path: string; bytes: number }[]) {
	const raw = new Map<PageType, number[]>(PAGE_TYPES.map((t) => [t, []]));
	const gz = new Map<PageType, number[]>(PAGE_TYPES.map((t) => [t, []]));
	const cssGzip = new Map<string, number>();
	const assetGzip = (href: string) => {
		let size = cssGzip.get(href);
		if (size === undefined) {
			const path = join(out, href.split(/[?#]/)[0] ?? '');
			size = existsSync(path) ? gzipSize(readFileSync(path)) : 0;
			cssGzip.set(href, size);
		}
		return size;
	};
	const firstLoad: number[] = [];
	const requests: number[] = [];
	let example: RegionFirstLoad['requestsExample'] = {
		page: '',
		stylesheets: [],
		scripts: [],
		images: [],
	};
	let scriptElements = 0;
	let scriptBytes = 0;
	for (const file of files) {
		if (!file.path.endsWith('.html') || file.path.startsWith('pagefind/')) continue;
		const path = `/${file.path}`;
		const type = pageType(path);
		const html = readFileSync(join(out, file.path));
		const gzip = gzipSize(html);
		raw.get(type)?.push(html.length);
		gz.get(type)?.push(gzip);
		if (type !== 'region') continue;
		const r = pageRequests(html.toString('utf8'));
		const total = gzip + r.stylesheets.reduce((s, href) => s + assetGzip(href), 0);
		firstLoad.push(total);
		const count = requestCount(r);
		if (count > Math.max(0, ...requests))
			example = { page: path, stylesheets: r.stylesheets, scripts: r.scripts, images: r.images };
		requests.push(count);
		scriptElements += r.scripts.length + r.inlineScripts.length;
		scriptBytes +=
			r.inlineScripts.reduce((s, text) => s + Buffer.byteLength(text), 0) +
			r.scripts.reduce((s, src) => {
				const p = join(out, src.split(/[?#]/)[0] ?? '');
				return s + (src.startsWith('/') && existsSync(p) ? statSync(p).size : 0);
			}, 0);
	}
	return {
		pageSizes: PAGE_TYPES.map((type) => ({
			type,
			raw: summarise(raw.get(type) ?? []),
			gzip: summarise(gz.get(type) ?? []),
		})),
		regionFirstLoad: {
			pages: firstLoad.length,
			htmlCssGzip: summarise(firstLoad),
			requests: summarise(requests),
			requestsExample: example,
			scriptElements,
			scriptBytes,
		} satisfies RegionFirstLoad,
	};
}

function searchOf(out: string) {
	const dir = join(out, 'pagefind');
	if (!existsSync(dir)) return undefined;
	const files: IndexFile[] = listFiles(dir).map((f) =>
		/\.(js|json|css)$/.test(f.path) ? { ...f, gzip: gzipSize(readFileSync(join(dir, f.path))) } : f,
	);
	return searchEstimate(files, 'id');
}

async function measureBuild(label: string, dataDir: string, figures: number): Promise<BuildRun> {
	const out = join(work, `out-${label}`);
	const env = { ...process.env, PANTAU_DATA_DIR: dataDir, PANTAU_OUT_DIR: out };
	const npm = ['npm', 'run', 'build'];
	const useTime = existsSync(GNU_TIME);
	const [command, ...args] = useTime ? [GNU_TIME, '-v', ...npm] : npm;
	log(`building ${label} (${figures.toLocaleString('en')} figures) into ${out}`);
	const run = await runMeasured(command ?? 'npm', args, {
		cwd: ROOT,
		env,
		timeoutMs: buildTimeoutMs,
	});
	writeFileSync(join(work, `build-${label}.log`), run.output);
	const parsed = parseBuildLog(run.output);
	const maxRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.output);
	const ok = run.code === 0 && !run.timedOut;
	const error = run.timedOut
		? `stopped after ${buildTimeoutMs / 1000} s`
		: ok
			? undefined
			: `exit ${run.code}: ${run.output.trim().split('\n').slice(-3).join(' ').slice(0, 300)}`;
	const files = ok && existsSync(out) ? listFiles(out) : [];
	const outputs = ok ? analyseOutput(out, files) : undefined;
	const pagesBuilt = parsed.pagesBuilt ?? 0;
	// Astro's count leaves out the embed pages scripts/static-files.ts writes beside it.
	const htmlPages = files.filter(
		(f) => f.path.endsWith('.html') && !f.path.startsWith('pagefind/'),
	).length;
	const search = ok ? searchOf(out) : undefined;
	return {
		label,
		dataDir,
		figures,
		ok,
		...(error === undefined ? {} : { error }),
		wallMs: run.wallMs,
		...(parsed.astroSeconds === undefined ? {} : { astroSeconds: parsed.astroSeconds }),
		...(parsed.pagefindSeconds === undefined ? {} : { pagefindSeconds: parsed.pagefindSeconds }),
		...(parsed.staticFiles === undefined ? {} : { staticFiles: parsed.staticFiles }),
		pagesBuilt,
		htmlPages,
		pagesPerSecond: run.wallMs > 0 ? (htmlPages / run.wallMs) * 1000 : 0,
		...(maxRss ? { peakRssBytes: Number(maxRss[1]) * 1024 } : {}),
		peakTreeRssBytes: run.peakTreeRss,
		peakRssByCommand: run.peakByCommand,
		rssMethod: `${useTime ? 'GNU time -v (largest single process); ' : ''}/proc polled every 250 ms (sum over the process tree)`,
		outputBytes: files.reduce((s, f) => s + f.bytes, 0),
		outputFiles: files.length,
		...outputBreakdown(files),
		pageSizes: outputs?.pageSizes ?? [],
		...(outputs ? { regionFirstLoad: outputs.regionFirstLoad } : {}),
		...(search ? { search } : {}),
		routeMs: parsed.routeMs,
	};
}

/** Builds a throwaway Astro site of `pages` trivial pages with the installed Astro. */
async function measureFloor(pages: number): Promise<FloorRun> {
	const site = join(work, 'floor');
	mkdirSync(join(site, 'src/pages'), { recursive: true });
	symlinkSync(join(ROOT, 'node_modules'), join(site, 'node_modules'), 'dir');
	writeFileSync(
		join(site, 'package.json'),
		'{ "name": "floor", "private": true, "type": "module" }\n',
	);
	writeFileSync(
		join(site, 'astro.config.mjs'),
		"import { defineConfig } from 'astro/config';\nexport default defineConfig({ trailingSlash: 'always' });\n",
	);
	writeFileSync(
		join(site, 'src/pages/[slug].astro'),
		[
			'---',
			'export function getStaticPaths() {',
			'\tconst n = Number(process.env.FLOOR_PAGES);',
			'\treturn Array.from({ length: n }, (_, i) => ({ params: { slug: `page-${i}` }, props: { i } }));',
			'}',
			'const { i } = Astro.props;',
			'---',
			'<html lang="en"><head><meta charset="utf-8" /><title>Page {i}</title></head>',
			'<body><h1>Page {i}</h1><p>A trivial page, number {i}.</p></body></html>',
			'',
		].join('\n'),
	);
	log(`building the floor: ${pages.toLocaleString('en')} trivial pages`);
	const run = await runMeasured(
		process.execPath,
		[join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'],
		{ cwd: site, env: { ...process.env, FLOOR_PAGES: String(pages) }, timeoutMs: buildTimeoutMs },
	);
	const ok = run.code === 0 && !run.timedOut;
	return {
		pages,
		wallMs: run.wallMs,
		ok,
		...(ok ? {} : { error: run.output.trim().split('\n').slice(-3).join(' ').slice(0, 300) }),
	};
}

// ── main ────────────────────────────────────────────────────────────────────────────────────

const pipeline: PipelineRun[] = [];
const builds: BuildRun[] = [];
let floor: FloorRun | undefined;
let checkData: CheckDataRun | undefined;
try {
	for (const size of sizes) {
		const dir = join(work, `synth-${size}`);
		const years = yearsFor(size);
		await writeSynthetic({ out: dir, dataDir: join(ROOT, 'data'), seed: 1, years, figures: size });
		log(
			`pipeline on ${size.toLocaleString('en')} synthetic figures (${years} years), ${runs} runs`,
		);
		const run = measurePipeline('synthetic', dir, { requested: size, years });
		log(
			`  ${run.figures} figures: best ${run.bestMs.toFixed(0)} ms CPU (${run.bestWallMs.toFixed(0)} ms wall), ${Math.round(run.figuresPerSecond)} figures/s`,
		);
		pipeline.push(run);
		rmSync(dir, { recursive: true, force: true });
	}
	log('pipeline on data/');
	pipeline.push(measurePipeline('data/', join(ROOT, 'data'), {}));

	if (!values['no-build']) {
		const nationalDir = join(work, 'synth-national');
		const manifest = await writeSynthetic({
			out: nationalDir,
			dataDir: join(ROOT, 'data'),
			seed: 1,
			years: 10,
			...(values.figures ? { figures: Number(values.figures) } : {}),
		});
		log(`check-data on the national set, ${runs} runs`);
		checkData = measureCheckData(nationalDir, manifest.figures);
		log(`  best ${(checkData.bestWallMs / 1000).toFixed(1)} s wall`);
		const national = await measureBuild('national', nationalDir, manifest.figures);
		builds.push(national);
		// As many trivial pages as the site has HTML pages, whoever wrote them.
		if (national.ok && national.htmlPages > 0) floor = await measureFloor(national.htmlPages);
		if (!values.keep) rmSync(join(work, 'out-national'), { recursive: true, force: true });
		const data = pipeline.find((p) => p.label === 'data/');
		builds.push(await measureBuild('data', join(ROOT, 'data'), data?.figures ?? 0));
	}
} finally {
	if (!values.keep) rmSync(work, { recursive: true, force: true });
	else log(`kept ${work}`);
}

const cpu = cpus();
const partial: Omit<BenchResult, 'budgets'> = {
	date: new Date().toISOString(),
	machine: {
		cpus: cpu.length,
		cpuModel: cpu[0]?.model ?? 'unknown',
		memoryBytes: totalmem(),
		node: process.version,
		pinned,
	},
	command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
	pipeline,
	builds,
	...(checkData ? { checkData } : {}),
	...(floor ? { floor } : {}),
};
const result: BenchResult = { ...partial, budgets: judgeBudgets(partial) };
mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
writeFileSync(join(ROOT, 'bench-results/bench.json'), `${JSON.stringify(result, null, '\t')}\n`);
console.log(formatReport(result));
console.log('\nWritten to bench-results/bench.json.');
if (values.strict && result.budgets.some((b) => !b.pass)) process.exit(1);
