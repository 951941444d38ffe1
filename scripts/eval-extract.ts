/**
 * `npm run eval-extract -- [--half tuning|held-out|all] [--json] [--verbose]` measures
 * `extract` on the article texts in test/extract-corpus/: each `<source-id>.txt` with a
 * data/sources/<source-id>/ folder is run through extractCandidates and its proposals compared
 * with that source's figures.csv. Prints precision and recall per half (see
 * test/extract-corpus/README.md). --verbose lists tuning articles only; it is refused with
 * --half held-out, which stays unread. Exit 0 after a report, 1 on bad arguments.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { commandLine, fail } from '../src/lib/extract/cli.ts';
import { evaluateCorpus, type Article } from '../src/lib/extract/evaluate.ts';
import {
	evaluationJson,
	formatEvaluation,
	type HalfChoice,
} from '../src/lib/extract/evaluate-report.ts';
import { loadDataset } from '../src/lib/load/load-dataset.ts';

const USAGE = `usage: npm run eval-extract -- [--half tuning|held-out|all] [--json] [--verbose] [--corpus test/extract-corpus] [--data-dir data]
  --half      which half of the corpus to report (default all: both halves and the total)
  --json      print the report as JSON
  --verbose   list each tuning article's misses and wrong proposals (not with --half held-out)`;

const HALF_CHOICES: readonly HalfChoice[] = ['tuning', 'held-out', 'all'];

const { values, dataDir } = commandLine({
	name: 'eval-extract',
	usage: USAGE,
	options: {
		half: { type: 'string', default: 'all' },
		json: { type: 'boolean', default: false },
		verbose: { type: 'boolean', short: 'v', default: false },
		corpus: { type: 'string', default: 'test/extract-corpus' },
	},
	positionals: [0, 0],
});
const half = HALF_CHOICES.find((h) => h === values.half);
if (half === undefined) {
	fail(
		`eval-extract: --half ${JSON.stringify(values.half)} is not a half — use tuning, held-out or all`,
	);
}
if (values.verbose && half === 'held-out') {
	fail(
		'eval-extract: --verbose is refused with --half held-out: the held-out articles stay unread, so only their totals are reported. Use --half tuning --verbose.',
	);
}
const corpus = values.corpus;
if (!existsSync(corpus) || !statSync(corpus).isDirectory()) {
	fail(`eval-extract: no corpus folder ${corpus}`);
}

const { dataset, issues } = await loadDataset(dataDir);
const texts = readdirSync(corpus)
	.filter((name) => name.endsWith('.txt'))
	.sort();
const articles: Article[] = [];
const noFolder: string[] = [];
for (const name of texts) {
	const sourceId = basename(name, '.txt');
	if (!existsSync(join(dataDir, 'sources', sourceId))) noFolder.push(sourceId);
	else articles.push({ sourceId, text: readFileSync(join(corpus, name), 'utf8') });
}

// Rows with problems are not in the truth: say so, for the articles measured.
const measured = new Set(articles.map((a) => a.sourceId));
const problems = issues.filter((i) => {
	const id = /sources[\\/]([^\\/]+)[\\/]/.exec(i.file)?.[1];
	return id !== undefined && measured.has(id);
});
if (problems.length > 0) {
	const files = [...new Set(problems.map((i) => i.file))].join(', ');
	console.error(
		`eval-extract: ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in ${files}; rows with problems are left out of the truth. Run npm run check-data.`,
	);
}

const evaluation = evaluateCorpus(articles, dataset);
evaluation.skipped.push(
	...noFolder.map((sourceId) => ({
		sourceId,
		reason: `no ${join(dataDir, 'sources', sourceId)}/ folder`,
	})),
);
const options = { half, verbose: values.verbose, corpus };
process.stdout.write(
	values.json ? evaluationJson(evaluation, options) : formatEvaluation(evaluation, options),
);
