/**
 * What every component needs to render a figure in one locale: names and labels from the
 * registry and enums, and links to regions, figures, sources and indicators.
 */
import type { Locale } from '../format/locale.ts';
import {
	basis as basisVocabulary,
	funding,
	level,
	plan as planVocabulary,
	program,
	qualifier as qualifierVocabulary,
	segment,
	type Qualifier,
	type Unit,
} from '../schema/enums.ts';
import type { DerivedFigure } from '../schema/analysis.ts';
import type { Figure, SeriesParts } from '../schema/figure.ts';
import type { Indicator } from '../schema/indicator.ts';
import type { Region } from '../schema/region.ts';
import type { Source } from '../schema/source.ts';
import type { SiteIndex } from './site-index.ts';
import { figureUrl, indicatorUrl, regionFiguresUrl, regionUrl, sourceUrl } from './urls.ts';

export interface PageContext {
	locale: Locale;
	/** Data version (YYYY-MM-DD): the newest access date among the sources. */
	version: string;
	region(code: string): Region;
	regionName(region: Region | string): string;
	regionHref(region: Region | string): string;
	/** True when the region has a page: every region of the official list and of areas.csv. */
	hasPage(code: string): boolean;
	/** True when the region has reported figures of its own. */
	hasData(code: string): boolean;
	indicator(id: string): Indicator;
	indicatorHref(id: string): string;
	source(id: string): Source;
	sourceHref(id: string): string;
	/** The permalink of a figure, derived figure or check (see figureUrl). */
	figureHref(figure: { id: string; region: string }): string;
	/** The figures page of a region with one (see hasFiguresPage). */
	regionFiguresHref(region: Region | string): string;
	/** A reported or derived figure by id (inputs of derived figures and checks). */
	figure(id: string): Figure | DerivedFigure;
	/** Breakdown and basis in words: "PU · APBD · target (RPJPD)"; empty for a plain total. */
	breakdown(parts: SeriesParts): string;
	/** Indicator label plus breakdown: "Peserta aktif — PU". */
	seriesLabel(parts: SeriesParts): string;
	/** What a figure is: its series label, or a derived figure's own label. */
	figureLabel(figure: Figure | DerivedFigure): string;
	/** Unit of a figure's value: its indicator's, or a derived figure's own. */
	unitOf(figure: Figure | DerivedFigure): Unit;
	qualifier(q: Qualifier | null): string;
}

function must<T>(value: T | undefined, what: string): T {
	if (value === undefined) throw new Error(`unknown ${what}`);
	return value;
}

/** Builds the context of one locale over an index. */
export function createContext(index: SiteIndex, locale: Locale): PageContext {
	const { regions, indicators, sources } = index.dataset;
	const region = (code: string) => must(regions.get(code), `region ${code}`);
	const resolve = (r: Region | string) => (typeof r === 'string' ? region(r) : r);
	const breakdown = (p: SeriesParts): string => {
		const parts: string[] = [];
		if (p.segment) parts.push(segment.labels[p.segment][locale]);
		if (p.program) parts.push(program.labels[p.program][locale]);
		if (p.funding) parts.push(funding.labels[p.funding][locale]);
		if (p.level) parts.push(level.labels[p.level][locale]);
		if (p.basis !== 'actual') {
			const b = basisVocabulary.labels[p.basis][locale];
			parts.push(p.plan ? `${b} (${planVocabulary.labels[p.plan][locale]})` : b);
		}
		return parts.join(' · ');
	};
	const indicator = (id: string) => must(indicators.get(id), `indicator ${id}`);
	const seriesLabel = (p: SeriesParts) => {
		const label = indicator(p.indicator).label[locale];
		const rest = breakdown(p);
		return rest ? `${label} — ${rest}` : label;
	};
	return {
		locale,
		version: index.dataset.version,
		region,
		regionName: (r) => {
			const found = resolve(r);
			return locale === 'en' ? found.nameEn : found.name;
		},
		regionHref: (r) => regionUrl(resolve(r), locale),
		hasPage: (code) => regions.has(code),
		hasData: (code) => index.figuresByRegion.has(code),
		indicator,
		indicatorHref: (id) => indicatorUrl(id, locale),
		source: (id) => must(sources.get(id), `source ${id}`),
		sourceHref: (id) => sourceUrl(id, locale),
		figureHref: (f) => figureUrl(f, locale, regions, index.figuresPageRegions),
		regionFiguresHref: (r) => regionFiguresUrl(resolve(r), locale),
		figure: (id) => must(index.figureById.get(id) ?? index.derivedById.get(id), `figure ${id}`),
		breakdown,
		seriesLabel,
		figureLabel: (f) => ('sourceId' in f ? seriesLabel(f) : f.label[locale]),
		unitOf: (f) => ('sourceId' in f ? indicator(f.indicator).unit : f.unit),
		qualifier: (q) => (q ? qualifierVocabulary.labels[q][locale] : ''),
	};
}

/**
 * The context as seen from the page at `path` (a localized page path): permalinks to figures
 * on that same page become bare anchors (`#f-…`). A national region's figures page links to
 * its own rows a thousand times over; the full path on each link was an eighth of its bytes.
 */
export function onPage(ctx: PageContext, path: string): PageContext {
	const prefix = `${path}#`;
	return {
		...ctx,
		figureHref: (f) => {
			const href = ctx.figureHref(f);
			return href.startsWith(prefix) ? href.slice(path.length) : href;
		},
	};
}
