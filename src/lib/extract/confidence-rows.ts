/**
 * The rows the confidence model is fitted on: every row `extract` would propose with no cut
 * (minConfidence 0) for each article of the first corpus, with its features and whether it is
 * right against the source's reviewed figures. Articles of the sealed second held-out set are
 * never run, so the fit cannot learn from them.
 */
import type { Dataset } from '../schema/dataset.ts';
import type { Figure } from '../schema/figure.ts';
import { extractCandidates } from './candidates.ts';
import { featuresOf } from './confidence.ts';
import {
	corpusHalf,
	scoreArticle,
	SEALED,
	truthRows,
	type Article,
	type Half,
	type Proposal,
} from './evaluate.ts';
import type { LabelledRow } from './logistic.ts';

/**
 * The nuisance feature of tuning-half rows. The rules were written reading the tuning half, so
 * its rows are right more often than an unseen article's (56% of proposals against 43% on the
 * first held-out half and 45% on the second held-out set); fitting this feature absorbs that,
 * and extract never sets it, so a confidence is that of an article the rules were not written
 * from.
 */
export const TUNING_HALF = 'half:tuning';

/** A proposed row of one article, labelled. */
export interface FitRow extends LabelledRow {
	/** The article's source id: rows of one article are kept in one fold. */
	group: string;
	half: Half;
}

/** The labelled rows, and the number of truth rows of their articles (recall's denominator). */
export interface FitData {
	rows: FitRow[];
	truth: number;
	articles: number;
}

/** Labels every uncut proposal of the first corpus's articles (see the module comment). */
export function confidenceRows(
	articles: readonly Article[],
	dataset: Dataset,
	firstCorpus: ReadonlySet<string>,
): FitData {
	const bySource = new Map<string, Figure[]>();
	for (const f of dataset.figures)
		bySource.set(f.sourceId, [...(bySource.get(f.sourceId) ?? []), f]);
	const out: FitData = { rows: [], truth: 0, articles: 0 };
	for (const { sourceId, text } of articles) {
		const half = corpusHalf(sourceId, firstCorpus);
		const source = dataset.sources.get(sourceId);
		if (half === SEALED || source === undefined) continue;
		const { candidates } = extractCandidates(text.replace(/^\uFEFF/, ''), {
			regions: dataset.regions,
			indicators: dataset.indicators,
			articleDate: source.published,
			minConfidence: 0,
		});
		const proposals = candidates.map((c): Proposal => ({ ...c }));
		const truth = truthRows(bySource.get(sourceId) ?? []);
		const wrong = new Set(
			scoreArticle(sourceId, proposals, truth, half).wrong.map((w) => w.proposal),
		);
		out.articles++;
		out.truth += truth.length;
		candidates.forEach((c, i) => {
			const p = proposals[i];
			if (p === undefined) return;
			out.rows.push({
				group: sourceId,
				half,
				features: featuresOf(c.factors),
				...(half === 'tuning' ? { nuisance: [TUNING_HALF] } : {}),
				right: !wrong.has(p),
			});
		});
	}
	return out;
}
