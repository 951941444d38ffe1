/**
 * `npm run eval-extract -- [--half tuning|held-out|held-out-2|all] [--json] [--verbose]`
 * measures `extract` on the article texts in test/extract-corpus/: each `<source-id>.txt` with
 * a data/sources/<source-id>/ folder is run through extractCandidates and its proposals
 * compared with that source's figures.csv. Prints precision and recall per half (see
 * test/extract-corpus/README.md; the first corpus is the ids in first-corpus.ids, every other
 * article is the second held-out set). --verbose lists first-corpus articles only; it is
 * refused with --half held-out-2, which stays unread. `--fit-confidence` instead refits the
 * confidence model on the first corpus (never the second held-out set) and prints its weights
 * with their cross-validated reliability (confidence-fit.ts). Exit 0 after a report, 1 on bad
 * arguments.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { commandLine, fail } from '../src/lib/extract/cli.ts';
import {
	evaluateCorpus,
	HALVES,
	HIGH_CONFIDENCE,
	parseCorpusIds,
	SEALED,
	type Article,
} from '../src/lib/extract/evaluate.ts';
import {
	evaluationJson,
	formatEvaluation,
	type HalfChoice,
} from '../src/lib/extract/evaluate-report.ts';
import { loadDataset } from '../src/lib/load/load-dataset.ts';
import { MIN_CONFIDENCE } from '../src/lib/extract/confidence.ts';
import { FIT_OPTIONS, fitConfidence } from '../src/lib/extract/confidence-fit.ts';
import { formatFit } from '../src/lib/extract/confidence-fit-report.ts';
import { confidenceRows } from '../src/lib/extract/confidence-rows.ts';

const USAGE = `usage: npm run eval-extract -- [--half tuning|held-out|held-out-2|all] [--json] [--verbose] [--fit-confidence] [--corpus test/extract-corpus] [--data-dir data]
  --half      which part of the corpus to report (default all: each part and the total)
  --json      print the report as JSON
  --verbose   list each article's misses and wrong proposals (first corpus only; not with --half held-out-2)
  --fit-confidence  refit the confidence model on the first corpus and print its weights and
              cross-validated reliability (the other options are ignored)`;

const HALF_CHOICES: readonly HalfChoice[] = [...HALVES, 'all'];

const { values, dataDir } = commandLine({
	name: 'eval-extract',
	usage: USAGE,
	options: {
		half: { type: 'string', default: 'all' },
		json: { type: 'boolean', default: false },
		verbose: { type: 'boolean', short: 'v', default: false },
		corpus: { type: 'string', default: 'test/extract-corpus' },
		'fit-confidence': { type: 'boolean', default: false },
	},
	positionals: [0, 0],
});
const half = HALF_CHOICES.find((h) => h === values.half);
if (half === undefined) {
	fail(
		`eval-extract: --half ${JSON.stringify(values.half)} is not a half — use ${HALF_CHOICES.join(', ')}`,
	);
}
if (values.verbose && half === SEALED) {
	fail(
		`eval-extract: --verbose is refused with --half ${SEALED}: its articles stay unread, so only their totals are reported. Use --half tuning --verbose.`,
	);
}
const corpus = values.corpus;
if (!existsSync(corpus) || !statSync(corpus).isDirectory()) {
	fail(`eval-extract: no corpus folder ${corpus}`);
}
const idsFile = join(corpus, 'first-corpus.ids');
if (!existsSync(idsFile)) {
	fail(
		`eval-extract: no ${idsFile} — it lists the first corpus's article ids, one per line; every other article is in the second held-out set`,
	);
}
const firstCorpus = parseCorpusIds(readFileSync(idsFile, 'utf8'));

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

/** The report of --fit-confidence: the model refitted on the first corpus only. */
function fitReport(): string {
	const data = confidenceRows(articles, dataset, firstCorpus);
	const o = { ...FIT_OPTIONS, high: HIGH_CONFIDENCE };
	return formatFit(data, fitConfidence(data.rows, o), { ...o, minConfidence: MIN_CONFIDENCE });
}

/** The evaluation report. */
function evaluationReport(): string {
	const evaluation = evaluateCorpus(articles, dataset, firstCorpus);
	evaluation.skipped.push(
		...noFolder.map((sourceId) => ({
			sourceId,
			reason: `no ${join(dataDir, 'sources', sourceId)}/ folder`,
		})),
	);
	const options = { half: half ?? 'all', verbose: values.verbose, corpus };
	return values.json ? evaluationJson(evaluation, options) : formatEvaluation(evaluation, options);
}

process.stdout.write(values['fit-confidence'] ? fitReport() : evaluationReport());
