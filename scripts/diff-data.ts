/**
 * `npm run diff-data -- <git-ref> [--data-dir data]` prints, as Markdown, what the data
 * folder's current state changes compared with the same folder at a git ref: indicators and
 * areas added, removed and changed, figures added, removed and changed per region and source,
 * new and resolved mismatches and conflicts, and the pages affected. Exit 0 whatever changed; 1 when the comparison cannot be made.
 */
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { analyse } from '../src/lib/analyse.ts';
import { diffData, type DataVersion } from '../src/lib/diff/data-diff.ts';
import { dataAtRef } from '../src/lib/diff/git-data.ts';
import { renderDiffMarkdown } from '../src/lib/diff/markdown.ts';
import { readRegistry } from '../src/lib/diff/registry-files.ts';
import { defaultDataDir, loadDataset } from '../src/lib/load/load-dataset.ts';
import type { Issue } from '../src/lib/schema/issue.ts';

const USAGE =
	'usage: npm run diff-data -- <git-ref> [--data-dir data]   (e.g. npm run diff-data -- main)';

const { values, positionals } = parseArgs({
	options: { 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
	allowPositionals: true,
	strict: true,
});
if (values.help === true) {
	console.log(USAGE);
	process.exit(0);
}
const [ref, ...extra] = positionals;
if (ref === undefined || extra.length > 0) {
	console.error(USAGE);
	process.exit(1);
}
const dataDir = values['data-dir'] ?? defaultDataDir();

let old: ReturnType<typeof dataAtRef>;
try {
	old = dataAtRef(dataDir, ref);
} catch (e) {
	console.error(`diff-data: ${(e as Error).message}`);
	process.exit(1);
}

try {
	const now = await loadDataset(dataDir);
	const after: DataVersion = {
		dataset: now.dataset,
		analysis: analyse(now.dataset),
		registry: readRegistry(dataDir),
	};
	let before: DataVersion;
	let beforeIssues: Issue[] = [];
	if (old.dir === undefined) {
		// The ref has no data folder yet: everything is new.
		before = {
			dataset: {
				...now.dataset,
				indicators: new Map(),
				sources: new Map(),
				figures: [],
				version: '',
				accounting: { rowsRead: 0, figuresAccepted: 0, rowsRejected: 0 },
			},
			analysis: { derived: [], checks: [], conflicts: [], stages: [] },
		};
	} else {
		const was = await loadDataset(old.dir);
		before = {
			dataset: was.dataset,
			analysis: analyse(was.dataset),
			registry: readRegistry(old.dir),
		};
		// Name the old files as `<ref>:<data dir>/…`, not by their temporary copy.
		const tmp = relative(process.cwd(), old.dir);
		const shown = relative(process.cwd(), dataDir) || '.';
		beforeIssues = was.issues.map((i) => ({
			...i,
			file: i.file.startsWith(tmp) ? `${ref}:${shown}${i.file.slice(tmp.length)}` : i.file,
		}));
	}
	const diff = diffData(before, after);
	process.stdout.write(
		renderDiffMarkdown(diff, { ref, problems: { before: beforeIssues, after: now.issues } }),
	);
} finally {
	old.cleanup();
}
