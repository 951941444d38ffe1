/**
 * `npm run verify-quotes [-- --corpus test/extract-corpus] [--data-dir data]` checks that every
 * quote of every source whose page text is kept in the corpus is a verbatim span of that text,
 * and lists the sources without a kept text. Prints `file:line:1: message` per quote not found;
 * exits 1 when there is one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDataDir, loadDataset } from '../src/lib/load/load-dataset.ts';
import { quotesNotInText } from '../src/lib/sources/quotes-in-text.ts';

const { values } = parseArgs({
	options: { corpus: { type: 'string' }, 'data-dir': { type: 'string' } },
	strict: true,
});
const corpus = values.corpus ?? 'test/extract-corpus';
const { dataset } = await loadDataset(values['data-dir'] ?? defaultDataDir());

const bySource = Map.groupBy(dataset.figures, (f) => f.sourceId);
let checked = 0;
let missing = 0;
const withoutText: string[] = [];
for (const source of dataset.sources.values()) {
	const file = join(corpus, `${source.id}.txt`);
	if (!existsSync(file)) {
		withoutText.push(source.id);
		continue;
	}
	const figures = bySource.get(source.id) ?? [];
	checked += figures.length;
	for (const { figure, message } of quotesNotInText(readFileSync(file, 'utf8'), figures)) {
		missing++;
		console.log(`${figure.location.file}:${figure.location.line}:1: ${message}`);
	}
}
console.log(
	`${checked} quotes of ${dataset.sources.size - withoutText.length} sources checked against their page text: ${missing} not found.`,
);
if (withoutText.length > 0) console.log(`No page text kept for: ${withoutText.join(', ')}`);
process.exit(missing > 0 ? 1 : 0);
