/** Writing static files under an output folder, creating folders as needed. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { StaticFile } from './static-file.ts';

/** What was written. */
export interface WriteSummary {
	files: number;
	bytes: number;
}

/** Writes every file at `<outDir><path>` (paths ending in `/` are not allowed). */
export function writeStaticFiles(files: Iterable<StaticFile>, outDir: string): WriteSummary {
	const made = new Set<string>();
	const summary: WriteSummary = { files: 0, bytes: 0 };
	for (const file of files) {
		if (!file.path.startsWith('/') || file.path.endsWith('/') || file.path.includes('..')) {
			throw new Error(`static file path must be absolute and name a file: ${file.path}`);
		}
		const target = join(outDir, file.path);
		const dir = dirname(target);
		if (!made.has(dir)) {
			mkdirSync(dir, { recursive: true });
			made.add(dir);
		}
		writeFileSync(target, file.body);
		summary.files++;
		summary.bytes +=
			typeof file.body === 'string' ? Buffer.byteLength(file.body) : file.body.length;
	}
	return summary;
}
