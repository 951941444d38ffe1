/**
 * The dataset and its analysis, loaded once per build. Pages and components call this;
 * any data problem stops the build with every `path:line:column: message`.
 */
import { analyse } from './analyse.ts';
import { loadDataset } from './load/load-dataset.ts';
import type { Analysis } from './schema/analysis.ts';
import type { Dataset } from './schema/dataset.ts';
import { formatIssue } from './schema/issue.ts';

export interface SiteData {
	dataset: Dataset;
	analysis: Analysis;
}

let cached: Promise<SiteData> | undefined;

export function getSiteData(): Promise<SiteData> {
	cached ??= (async () => {
		const { dataset, issues } = await loadDataset();
		if (issues.length > 0) {
			throw new Error(
				`The data is invalid (run npm run check-data):\n${issues.map(formatIssue).join('\n')}`,
			);
		}
		return { dataset, analysis: analyse(dataset) };
	})();
	return cached;
}
