/**
 * The plain-language verdict of a check, in Indonesian and English, e.g.
 * "Artikel menyebut cakupan kepesertaan 31,6%, tetapi 214.687 ÷ 684.654 = 31,36%. …"
 */
import type { Locale } from '../format/locale.ts';
import type { CheckStatus } from '../schema/analysis.ts';
import type { Label, Unit } from '../schema/enums.ts';
import type { Figure } from '../schema/figure.ts';
import type { Interval } from './interval.ts';
import type { Range } from './tolerance.ts';
import { formatDifference, formatFigureTerm, formatReported, formatTerm } from './wording.ts';

/** Everything a message says. */
export interface MessageParts {
	status: CheckStatus;
	reported: Figure;
	unit: Unit;
	source: Label;
	subject: Label;
	/** Leads into the arithmetic, e.g. "menurut program (JHT, JKK): ". */
	how: Label | undefined;
	arithmetic: Label;
	note: Label | undefined;
	range: Range;
	halfWidth: number;
	expectedRange: Interval;
	lowerBound: boolean;
	difference: number;
	/** Decimals the computed values are shown with. */
	decimals: number;
	/** Rupiah in words ("Rp5,3 miliar"), as the source printed the reported figure. */
	short: boolean;
}

const WORDS = {
	id: {
		gives: (src: string, subj: string, rep: string) => `${src} menyebut ${subj} ${rep}`,
		pass: ', dan ',
		agree: 'Angkanya cocok.',
		within: '; ',
		withinTail: 'Selisihnya masih dalam batas pembulatan',
		but: ', tetapi ',
		mismatchTail: (diff: string) =>
			`Selisihnya ${diff}, lebih dari yang bisa dijelaskan pembulatan`,
		differs: (diff: string) => `Selisihnya ${diff}`,
		to: ' sampai ',
		plain: (v: string, r: string) => `${v} berarti ${r}`,
		approx: (v: string, r: string) =>
			`"sekitar ${v}" kami baca sebagai ${r} (satu satuan angka terakhir ke atas atau ke bawah)`,
		atLeast: (v: string, lo: string) => `"lebih dari ${v}" berarti ${lo} atau lebih`,
		atMost: (v: string, hi: string) => `"kurang dari ${v}" berarti di bawah ${hi}`,
		inputs: (r: string) => `angka masukan yang dibulatkan memberi ${r}`,
		inputsAtLeast: (lo: string) => `angka masukan yang dibulatkan memberi sedikitnya ${lo}`,
	},
	en: {
		gives: (src: string, subj: string, rep: string) => `${src} gives ${subj} as ${rep}`,
		pass: ', and ',
		agree: 'The figures agree.',
		within: '; ',
		withinTail: 'The difference is within rounding',
		but: ', but ',
		mismatchTail: (diff: string) => `The difference of ${diff} is more than rounding can explain`,
		differs: (diff: string) => `The difference is ${diff}`,
		to: ' to ',
		plain: (v: string, r: string) => `${v} stands for ${r}`,
		approx: (v: string, r: string) =>
			`we read "about ${v}" as ${r} (one unit of the last printed digit either way)`,
		atLeast: (v: string, lo: string) => `"more than ${v}" means ${lo} or more`,
		atMost: (v: string, hi: string) => `"less than ${v}" means below ${hi}`,
		inputs: (r: string) => `the rounded inputs allow ${r}`,
		inputsAtLeast: (lo: string) => `the rounded inputs allow at least ${lo}`,
	},
} as const;

/** Why the ranges do or do not meet, in words; empty when nothing was rounded. */
function explanation(p: MessageParts, locale: Locale): string[] {
	const w = WORDS[locale];
	const f = p.reported;
	const printed = formatFigureTerm(f, p.unit, locale);
	const bounds = (x: number, d: number) => formatTerm(x, p.unit, locale, d, p.short);
	const d = p.decimals;
	const parts: string[] = [];
	const lo = bounds(p.range.lo, d);
	const hi = bounds(p.range.hi, d);
	if (f.qualifier === 'at_least') parts.push(w.atLeast(printed, lo));
	else if (f.qualifier === 'at_most') parts.push(w.atMost(printed, hi));
	else if (f.qualifier === 'approx') parts.push(w.approx(printed, `${lo}${w.to}${hi}`));
	else if (p.halfWidth > 0) parts.push(w.plain(printed, `${lo}${w.to}${hi}`));
	const eLo = bounds(p.expectedRange.lo, d);
	const eHi = bounds(p.expectedRange.hi, d);
	// Input rounding too small to show at these decimals is left unsaid.
	if (p.lowerBound) parts.push(w.inputsAtLeast(eLo));
	else if (eLo !== eHi) parts.push(w.inputs(`${eLo}${w.to}${eHi}`));
	return parts;
}

/** The message in one language. */
export function checkMessage(p: MessageParts, locale: Locale): string {
	const w = WORDS[locale];
	const head = w.gives(
		p.source[locale],
		p.subject[locale],
		formatReported(p.reported, p.unit, locale),
	);
	const sum = `${p.how?.[locale] ?? ''}${p.arithmetic[locale]}.`;
	const note = p.note ? ` ${p.note[locale]}` : '';
	if (p.status === 'pass') return `${head}${w.pass}${sum} ${w.agree}${note}`;
	// Only a result that is not a plain pass explains its rounding.
	const why = explanation(p, locale).join('; ');
	if (p.status === 'within_rounding')
		return `${head}${w.within}${sum} ${w.withinTail}: ${why}.${note}`;
	const diff = formatDifference(p.difference, p.unit, locale, p.decimals, p.short);
	const tail = why ? `${w.mismatchTail(diff)}: ${why}` : w.differs(diff);
	return `${head}${w.but}${sum} ${tail}.${note}`;
}
