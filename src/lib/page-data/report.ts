/**
 * "Report a problem" links: a GitHub new-issue URL prefilled with everything a maintainer
 * needs to find the figure (id, region, source, quote, file and line, page).
 */
import { decimalsOf } from '../format/number.ts';
import { formatPeriod } from '../format/date.ts';
import { formatValue } from '../format/value.ts';
import type { DerivedFigure } from '../schema/analysis.ts';
import type { Figure } from '../schema/figure.ts';
import type { PageContext } from './context.ts';

/** A new-issue URL with title and body URL-encoded. */
export function newIssueUrl(repoUrl: string, title: string, body: string): string {
	return `${repoUrl}/issues/new?title=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
}

const WORDS = {
	id: {
		figure: 'Angka',
		region: 'Wilayah',
		indicator: 'Indikator',
		period: 'Periode',
		value: 'Nilai',
		source: 'Sumber',
		quote: 'Kutipan',
		file: 'Berkas',
		line: 'baris',
		formula: 'Rumus',
		inputs: 'Dihitung dari',
		page: 'Halaman',
		version: 'Versi data',
		ask: 'Apa yang salah, dan apa yang benar (dengan sumbernya)?',
		title: 'Masalah pada angka',
	},
	en: {
		figure: 'Figure',
		region: 'Region',
		indicator: 'Indicator',
		period: 'Period',
		value: 'Value',
		source: 'Source',
		quote: 'Quote',
		file: 'File',
		line: 'line',
		formula: 'Formula',
		inputs: 'Computed from',
		page: 'Page',
		version: 'Data version',
		ask: 'What is wrong, and what is right (with its source)?',
		title: 'Problem with figure',
	},
} as const;

/** The issue title and body for a reported or derived figure, in the page's language. */
export function figureIssue(
	figure: Figure | DerivedFigure,
	ctx: PageContext,
	siteUrl: string,
): { title: string; body: string } {
	const w = WORDS[ctx.locale];
	const unit = ctx.unitOf(figure);
	const reported = 'sourceId' in figure;
	const decimals = reported ? decimalsOf(figure.precision) : figure.decimals;
	const value = formatValue(figure.value, unit, ctx.locale, decimals);
	const label = ctx.figureLabel(figure);
	const lines = [
		`${w.figure}: ${figure.id}`,
		`${w.region}: ${ctx.regionName(figure.region)} (${figure.region})`,
		`${w.indicator}: ${label}`,
		`${w.period}: ${formatPeriod(figure.period, ctx.locale)} (${figure.period.text})`,
		`${w.value}: ${reported && figure.qualifier ? `${ctx.qualifier(figure.qualifier)} ` : ''}${value}`,
		...(reported
			? [
					`${w.source}: ${figure.sourceId}`,
					`${w.quote}: "${figure.quote}"`,
					`${w.file}: ${figure.location.file} (${w.line} ${figure.location.line})`,
				]
			: [
					`${w.formula}: ${figure.formula[ctx.locale]}`,
					`${w.inputs}: ${figure.inputs.join(', ')}`,
				]),
		`${w.page}: ${siteUrl}${ctx.figureHref(figure)}`,
		`${w.version}: ${ctx.version}`,
		'',
		w.ask,
		'',
	];
	return {
		title: `${w.title} ${figure.id}: ${ctx.regionName(figure.region)} — ${label} (${figure.period.text})`,
		body: lines.join('\n'),
	};
}
