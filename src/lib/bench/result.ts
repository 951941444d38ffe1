/** What `npm run bench` measures; written to bench-results/bench.json. */
import type { OutputKind, PageType } from './page-type.ts';
import type { Summary } from './stats.ts';

/** One pipeline measurement: loadDataset + analyse in a fresh process. */
export interface PipelineRun {
	/** What was measured: `synthetic` or the data folder. */
	label: string;
	/** Figures the generator was asked for (synthetic only). */
	requested?: number;
	years?: number;
	figures: number;
	/**
	 * CPU time (user + system) of each repetition, ms: on the one core the process is pinned
	 * to, what the pipeline cost, undisturbed by other work on the machine. The best is used.
	 */
	runsMs: number[];
	/** Wall time of each repetition, ms. */
	runsWallMs: number[];
	bestMs: number;
	bestWallMs: number;
	/** CPU time of loadDataset and of analyse in the best run, ms. */
	loadMs: number;
	analyseMs: number;
	/** Figures ÷ best CPU time. */
	figuresPerSecond: number;
}

/** Sizes of one page type: raw and gzip bytes of its HTML files. */
export interface PageSizes {
	type: PageType;
	raw: Summary;
	gzip: Summary;
}

/** First load of the region pages: HTML plus what it links. */
export interface RegionFirstLoad {
	pages: number;
	/** gzip of the HTML plus the gzip of each linked stylesheet, per page. */
	htmlCssGzip: Summary;
	/** Requests per page (the page, stylesheets, scripts, images and icons). */
	requests: Summary;
	/** What the heaviest page requests, for the report. */
	requestsExample: { page: string; stylesheets: string[]; scripts: string[]; images: string[] };
	/** Script elements that run code (external or inline, not JSON-LD), over all region pages. */
	scriptElements: number;
	/** Bytes of those scripts (inline text or the linked file). */
	scriptBytes: number;
}

/** The bytes the first search query downloads, estimated from the index files. */
export interface SearchEstimate {
	/** Total size of the pagefind folder. */
	totalBytes: number;
	files: number;
	language: string;
	/** entry + pagefind.js + wasm + metadata + one median index chunk + one median fragment. */
	firstQueryBytes: number;
	/** The same with the largest chunk and fragment. */
	firstQueryWorstBytes: number;
	parts: Record<string, number>;
	/** Loaded by the search page's UI besides (pagefind-ui.js, .css), gzip. */
	uiBytes: number;
}

export interface BuildRun {
	label: string;
	dataDir: string;
	figures: number;
	ok: boolean;
	/** Why the build failed or was stopped, if it did. */
	error?: string;
	wallMs: number;
	/** Seconds Astro and Pagefind report for themselves. */
	astroSeconds?: number;
	pagefindSeconds?: number;
	/** The downloads and charts written beside Astro (scripts/static-files.ts). */
	staticFiles?: { files: number; megabytes: number; seconds: number };
	/** Routes Astro reports as built (HTML pages and other files). */
	pagesBuilt: number;
	/** HTML pages in the output (Astro's and the embed pages written beside it). */
	htmlPages: number;
	/** HTML pages ÷ build wall time. */
	pagesPerSecond: number;
	/** Largest resident set of one process of the build (GNU time), bytes. */
	peakRssBytes?: number;
	/** Largest sum of the resident sets of the build's process tree (polled), bytes. */
	peakTreeRssBytes?: number;
	/** Largest resident set per command of the tree (node, pagefind…), polled, bytes. */
	peakRssByCommand?: Record<string, number>;
	rssMethod: string;
	outputBytes: number;
	outputFiles: number;
	/** Where the bytes go: files and bytes per kind of output (see outputKind). */
	outputKinds?: OutputKindSize[];
	/** The largest file of the output. */
	largestFile?: { path: string; bytes: number };
	pageSizes: PageSizes[];
	regionFirstLoad?: RegionFirstLoad;
	search?: SearchEstimate;
	/** Time Astro spent per page type (sum of its per-route times), ms. */
	routeMs: Record<string, { routes: number; ms: number }>;
}

/** Files and bytes of one kind of output. */
export interface OutputKindSize {
	kind: OutputKind;
	files: number;
	bytes: number;
}

/** `check-data` on the national set, in a fresh process each run. */
export interface CheckDataRun {
	figures: number;
	runsWallMs: number[];
	bestWallMs: number;
}

export interface FloorRun {
	pages: number;
	wallMs: number;
	ok: boolean;
	error?: string;
}

export interface BudgetResult {
	id: string;
	what: string;
	limit: string;
	measured: string;
	pass: boolean;
}

export interface BenchResult {
	date: string;
	machine: { cpus: number; cpuModel: string; memoryBytes: number; node: string; pinned: boolean };
	command: string;
	pipeline: PipelineRun[];
	builds: BuildRun[];
	checkData?: CheckDataRun;
	floor?: FloorRun;
	budgets: BudgetResult[];
}
