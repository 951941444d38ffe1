/**
 * What the first search query downloads, estimated from the files Pagefind wrote: the entry
 * file, pagefind.js, the language's WebAssembly and metadata, one index chunk and one result
 * fragment. Index, fragment, metadata and WebAssembly files are stored gzip-compressed, so
 * their size is what travels; JavaScript and JSON are counted gzip-compressed (`gzip`), as a
 * server sends them. Pure: the caller lists the files.
 */
import { percentile } from './stats.ts';
import type { SearchEstimate } from './result.ts';

export interface IndexFile {
	/** Path below the pagefind folder: `index/id_abc.pf_index`. */
	path: string;
	bytes: number;
	/** gzip size, for files stored uncompressed (`.js`, `.json`, `.css`). */
	gzip?: number;
}

/** The estimate for a language (`id` by default: the site's first language). */
export function searchEstimate(files: readonly IndexFile[], language = 'id'): SearchEstimate {
	const sent = (f: IndexFile | undefined) => (f ? (f.gzip ?? f.bytes) : 0);
	const find = (path: string) => files.find((f) => f.path === path);
	const chunks = files.filter((f) => f.path.startsWith(`index/${language}_`)).map((f) => f.bytes);
	const fragments = files
		.filter((f) => f.path.startsWith(`fragment/${language}_`))
		.map((f) => f.bytes);
	const meta = files.find((f) =>
		new RegExp(`^pagefind\\.${language}_[^/]*\\.pf_meta$`).test(f.path),
	);
	const fixed = {
		'pagefind-entry.json': sent(find('pagefind-entry.json')),
		'pagefind.js': sent(find('pagefind.js')),
		[`wasm.${language}.pagefind`]: sent(find(`wasm.${language}.pagefind`)),
		'metadata (.pf_meta)': sent(meta),
	};
	const base = Object.values(fixed).reduce((s, v) => s + v, 0);
	const chunk = percentile(chunks, 0.5);
	const fragment = percentile(fragments, 0.5);
	return {
		totalBytes: files.reduce((s, f) => s + f.bytes, 0),
		files: files.length,
		language,
		firstQueryBytes: base + chunk + fragment,
		firstQueryWorstBytes: base + Math.max(0, ...chunks) + Math.max(0, ...fragments),
		parts: { ...fixed, 'index chunk (median)': chunk, 'fragment (median)': fragment },
		uiBytes: sent(find('pagefind-ui.js')) + sent(find('pagefind-ui.css')),
	};
}
