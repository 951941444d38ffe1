/**
 * `npm run check-data [folder]`: validates a data folder (default: data/, or
 * PANTAU_DATA_DIR). Prints a summary on success, then what the analysis found (derived
 * figures, cross-check mismatches, conflicts) as warnings that do not fail the run: they are
 * facts about the sources. Otherwise every problem as `path:line:column: message`, and exits 1.
 */
import { analyse } from '../src/lib/analyse.ts';
import { loadDataset } from '../src/lib/load/load-dataset.ts';
import { formatIssue } from '../src/lib/schema/issue.ts';
import { recordCoverage, summariseRecord } from '../src/lib/report/record.ts';
import { summarise, summariseAnalysis } from '../src/lib/report/summary.ts';

const dataDir = process.argv[2];
const { dataset, issues } = await loadDataset(dataDir);
const { rowsRead, figuresAccepted, rowsRejected } = dataset.accounting;

if (issues.length > 0) {
	for (const issue of issues) console.error(formatIssue(issue));
	console.error(
		`\n${issues.length} problem${issues.length === 1 ? '' : 's'} found. Rows read: ${rowsRead} = ${figuresAccepted} accepted + ${rowsRejected} rejected.`,
	);
	process.exit(1);
}
console.log(summarise(dataset).join('\n'));
const analysis = analyse(dataset);
console.log(summariseAnalysis(dataset, analysis).join('\n'));
console.log(summariseRecord(recordCoverage(dataset, analysis)).join('\n'));
