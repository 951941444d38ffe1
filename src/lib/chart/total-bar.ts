/** The reported total as a bar: outlined, above the parts of a bars panel. */
import { CHART_STRINGS } from '../../i18n/charts.ts';
import type { Locale } from '../format/locale.ts';
import type { BarItem } from './bars-layout.ts';
import type { Datum } from './datum.ts';
import { chartValue } from './labels.ts';

/** The total's bar, keyed `total` and labelled as the total. */
export function totalBar(total: Datum, locale: Locale): BarItem {
	return {
		key: 'total',
		label: CHART_STRINGS[locale].total,
		value: total.value,
		valueLabel: chartValue(total, locale),
		style: 'total',
		flagged: total.mismatch !== null,
	};
}
