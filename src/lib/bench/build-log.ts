/** Reading what `astro build` and `pagefind` print: page counts, their own timings, route times. */
import { pageType } from './page-type.ts';

export interface BuildLog {
	/** "N page(s) built in Xs". */
	pagesBuilt?: number;
	astroSeconds?: number;
	pagefindSeconds?: number;
	pagefindPages?: number;
	/** scripts/static-files.ts, beside Astro: "static files: N files, X MB in Y s". */
	staticFiles?: { files: number; megabytes: number; seconds: number };
	/** Sum of Astro's per-route times by page type (`(+12ms)` after each route). */
	routeMs: Record<string, { routes: number; ms: number }>;
}

/** Removes terminal colour codes. */
function plain(text: string): string {
	// eslint-disable-next-line no-control-regex -- matching the escape character is the point
	return text.replace(/\u001b\[[0-9;]*m/g, '');
}

/** The type a route is counted under: the page types, plus downloads, SVG embeds and feeds. */
function routeKind(path: string): string {
	if (/\/data\//.test(path)) return path.endsWith('.zip') ? 'download-zip' : 'download';
	if (path.endsWith('.svg')) return 'embed-svg';
	if (path.endsWith('.html')) return pageType(path);
	return 'other-file';
}

/** Parses the combined output of `npm run build`. */
export function parseBuildLog(output: string): BuildLog {
	const text = plain(output);
	const log: BuildLog = { routeMs: {} };
	// Astro writes "850ms", "6.77s" or "2m 15s".
	const built = /(\d+) page\(s\) built in (?:(\d+)m(?!s)\s*)?(?:([\d.]+)(ms|s))?/.exec(text);
	if (built) {
		log.pagesBuilt = Number(built[1]);
		const unit = built[4] === 'ms' ? 0.001 : 1;
		log.astroSeconds = Number(built[2] ?? 0) * 60 + Number(built[3] ?? 0) * unit;
	}
	const finished = /Finished in ([\d.]+) seconds/.exec(text);
	if (finished) log.pagefindSeconds = Number(finished[1]);
	const statics = /static files: (\d+) files, ([\d.]+) MB in ([\d.]+) s/.exec(text);
	if (statics) {
		log.staticFiles = {
			files: Number(statics[1]),
			megabytes: Number(statics[2]),
			seconds: Number(statics[3]),
		};
	}
	const indexed = /Indexed (\d+) pages/.exec(text);
	if (indexed) log.pagefindPages = Number(indexed[1]);
	for (const m of text.matchAll(/[├└]─ (\/\S+) \(\+(\d+(?:\.\d+)?)(ms|s)\)/g)) {
		const kind = routeKind(m[1] ?? '');
		const ms = Number(m[2]) * (m[3] === 's' ? 1000 : 1);
		const entry = (log.routeMs[kind] ??= { routes: 0, ms: 0 });
		entry.routes++;
		entry.ms += ms;
	}
	return log;
}
