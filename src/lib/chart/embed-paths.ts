/** The static paths of embeddable charts: one per region and chart that has data. */
import type { Locale } from '../format/locale.ts';
import type { Region } from '../schema/region.ts';
import type { ChartInput } from './datum.ts';
import type { ChartModel } from './model.ts';
import { regionCharts } from './region-charts.ts';

/** One static route of an embeddable chart and the props its page renders. */
export interface EmbedPath {
	params: { region: string; chart: string };
	props: { region: Region; model: ChartModel };
}

/** Every (region slug, chart id) with its model, in region code order. */
export function embedPaths(input: ChartInput, locale: Locale): EmbedPath[] {
	const codes = new Set(input.dataset.figures.map((f) => f.region));
	return [...input.dataset.regions.values()]
		.filter((r) => codes.has(r.code))
		.sort((a, b) => a.code.localeCompare(b.code))
		.flatMap((region) =>
			regionCharts(input, region, locale).map((model) => ({
				params: { region: region.slug, chart: model.id },
				props: { region, model },
			})),
		);
}
