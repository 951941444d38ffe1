/** The message of a conflict, listing every source's value, in Indonesian and English. */
import { formatDate, formatPeriod } from '../format/date.ts';
import type { Locale } from '../format/locale.ts';
import type { Label } from '../schema/enums.ts';
import type { Figure } from '../schema/figure.ts';
import { unitOf, type CheckContext } from '../checks/context.ts';
import { formatReported, subjectOf } from '../checks/wording.ts';

function say(ctx: CheckContext, figures: readonly Figure[], locale: Locale): string {
	const [first] = figures;
	if (!first) return '';
	const unit = unitOf(ctx, first.indicator) ?? 'count';
	const region = ctx.regions.get(first.region);
	const place = region ? (locale === 'id' ? region.name : region.nameEn) : first.region;
	const when = formatPeriod(first.period, locale);
	const subject = subjectOf(ctx, first)[locale];
	const sides = figures.map((f) => {
		const source = ctx.sources.get(f.sourceId);
		const who = source
			? `${source.publisher} (${formatDate(source.published, locale)})`
			: f.sourceId;
		const value = formatReported(f, unit, locale);
		return locale === 'id' ? `${who} menyebut ${value}` : `${who} gives ${value}`;
	});
	const list = sides.join('; ');
	return locale === 'id'
		? `Sumber-sumber berbeda soal ${subject} di ${place} untuk ${when}: ${list}. Pembulatan tidak menjelaskan perbedaannya.`
		: `Sources disagree on ${subject} in ${place} for ${when}: ${list}. Rounding does not explain the difference.`;
}

/** "Sources disagree on the coverage rate in Kota Malang for 2024: A gives 32%; B gives 42.5%." */
export function conflictMessage(ctx: CheckContext, figures: readonly Figure[]): Label {
	return { id: say(ctx, figures, 'id'), en: say(ctx, figures, 'en') };
}
