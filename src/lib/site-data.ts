/**
 * The dataset, its analysis and the chart index, built once per build. Pages and components
 * call this; any data problem stops the build with every `path:line:column: message`.
 */
import { analyse } from './analyse.ts';
import type { ChartInput } from './chart/datum.ts';
import { chartInput } from './chart/series.ts';
import { loadDataset } from './load/load-dataset.ts';
import { formatIssue } from './schema/issue.ts';

/** The data every page and chart is drawn from. */
export type SiteData = ChartInput;

let cached: Promise<SiteData> | undefined;

export function getSiteData(): Promise<SiteData> {
	cached ??= (async () => {
		const { dataset, issues } = await loadDataset();
		if (issues.length > 0) {
			throw new Error(
				`The data is invalid (run npm run check-data):\n${issues.map(formatIssue).join('\n')}`,
			);
		}
		return chartInput({ dataset, analysis: analyse(dataset) });
	})();
	return cached;
}
