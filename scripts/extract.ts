/**
 * `npm run extract -- <article.txt> [--region CODE] [--date YYYY-MM-DD] [--out draft.csv]`
 * proposes candidate figures.csv rows from an article's plain text, for a human to review:
 * the figures.csv columns plus `confidence` and `reason`. Prints to stdout, or writes --out,
 * which may not lie inside the data folder.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { extractCandidates } from '../src/lib/extract/candidates.ts';
import { commandLine, fail } from '../src/lib/extract/cli.ts';
import { toDraftCsv } from '../src/lib/extract/draft-csv.ts';
import { isInside } from '../src/lib/extract/out-path.ts';
import { loadDataset } from '../src/lib/load/load-dataset.ts';

const USAGE = `usage: npm run extract -- <article.txt> [--region CODE] [--date YYYY-MM-DD] [--out draft.csv] [--data-dir data]
  --region    region code for every row (e.g. 35.73), instead of the names found in the text
  --date      the article's date, when the text does not show it
  --out       write the draft there instead of stdout (never inside the data folder)`;

const { values, positionals, dataDir } = commandLine({
	name: 'extract',
	usage: USAGE,
	options: {
		region: { type: 'string' },
		date: { type: 'string' },
		out: { type: 'string' },
	},
	positionals: [1, 1],
});
const article = positionals[0] ?? fail(USAGE);
if (values.out !== undefined && isInside(dataDir, values.out)) {
	fail(
		`extract: refusing to write ${values.out}: it is inside the data folder ${dataDir}. ` +
			'The draft is for review; write it elsewhere (e.g. --out draft.csv) and copy the reviewed rows into figures.csv.',
	);
}
if (values.date !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(values.date)) {
	fail(`extract: --date ${JSON.stringify(values.date)} is not a date — write YYYY-MM-DD`);
}

let text: string;
try {
	text = readFileSync(article, 'utf8');
} catch (e) {
	fail(`extract: cannot read ${article}: ${(e as Error).message}`);
}

const { dataset } = await loadDataset(dataDir);
if (values.region !== undefined && !dataset.regions.has(values.region)) {
	fail(
		`extract: --region ${JSON.stringify(values.region)} does not exist — use a Kemendagri code (e.g. 35.73, 61) or a code from ${dataDir}/areas.csv`,
	);
}

const result = extractCandidates(text.replace(/^\uFEFF/, ''), {
	regions: dataset.regions,
	indicators: dataset.indicators,
	...(values.region === undefined ? {} : { region: values.region }),
	...(values.date === undefined ? {} : { articleDate: values.date }),
});
const csv = toDraftCsv(result.candidates);
const sure = result.candidates.filter((c) => c.confidence >= 0.6).length;
const summary = [
	`${result.candidates.length} candidate rows (${sure} with confidence ≥ 0.6).`,
	`Article date: ${result.articleDate ? `${result.articleDate.date} (${result.articleDate.how})` : 'not found — pass --date'}.`,
	`Main region: ${result.mainRegion ?? 'none named — pass --region'}.`,
	'Review every row against the article: keep the right ones, fix indicator, period and region,',
	'delete the confidence and reason columns, then copy the rows into figures.csv and run npm run check-data.',
];
if (values.out !== undefined) {
	writeFileSync(values.out, csv);
	console.error(`Wrote ${values.out}: ${summary.join('\n')}`);
} else {
	process.stdout.write(csv);
	console.error(summary.join('\n'));
}
