/**
 * The period rule: how a reviewer records the period of a figure, from the date words the
 * extractor found for it (dates.ts) and what kind of quantity it is. Read from the reviewed
 * rows of the tuning half of test/extract-corpus and stated for maintainers in CONTRIBUTING.md
 * ("extract"). Each rule is a reading of Indonesian wording, not of one article:
 *
 * Stocks (a count at a moment: participants, coverage, workers in scope):
 * - a day other than the article's own ("per 31 Agustus 2025") → that day;
 * - the article's own day, a dateline ("Senin (2/2/2026)") → the article's month: it says
 *   when the count was told, not when it was taken;
 * - a month, "hingga/per Maret 2025", "hingga akhir kuartal I-2025" → that (last) month;
 * - a span ("periode Januari-Agustus 2023") → its last month: the count at its end;
 * - the article's own year ("Tahun 2025, cakupan …", "tahun ini") → the article's month: the
 *   count is the current one; an earlier year ("pada 2023") → that year;
 * - "sejak …", "saat ini", or no date → the article's month.
 * Flows (an amount over time: claims, new participants, contributions received):
 * - a span stated ("1 Januari-31 Oktober 2025", "Januari–Maret 2025") → that span;
 * - "hingga Oktober 2025" → January to October; "hingga 10 Maret 2025" → 1 January to that day;
 * - "sejak Maret 2022" → from that month to the article's month;
 * - the article's own year ("pada tahun 2025", "tahun ini", "saat ini"), its dateline, or no
 *   date → year to date: January to the article's month;
 * - an earlier year ("sepanjang 2024" written in 2025, "tahun lalu") → that year.
 * Years (budgets, aid terms, aid recipients of a year, targets):
 * - aid budgets, the terms of aid (its months, its contribution per month), the minimum wage
 *   and the IPM → the year of whatever date is found ("hingga Juli 2025", "Oktober sampai
 *   Desember 2025" → 2025), else the article's year; a budget "sejak Maret 2022" keeps its span;
 * - aid recipients are a stock, but a year named for them ("DBHCHT 2025 lindungi 40.300
 *   pekerja") or a programme announced ("menyasar", "akan didaftarkan") gives the year;
 * - targets and plans ("target tahun ini", "ditargetkan", "tahun depan") → their year.
 * A whole year written as a span ("2024-01/2024-12": "sepanjang tahun 2024" read in a December
 * article) is recorded as the year, as reviewers write it.
 * Comparisons: a year after "dibanding(kan)" or "dari" dates only the number right after it.
 * Events: an outreach event's attendance → the day it was held (the article's date).
 */
import { resolvePeriod, type DateMention } from './dates.ts';

/**
 * How a quantity is dated: a stock at a moment; aid recipients (a stock of a programme year);
 * a flow over a span; an aid budget over its budget year; the terms of an aid programme (its
 * months, its contribution per month) for its year; an event's attendance on its day.
 */
export type Measure = 'stock' | 'enrolment' | 'flow' | 'budget' | 'term' | 'event';

const MEASURES: Readonly<Record<string, Measure>> = {
	contribution_aid_participants: 'enrolment',
	contribution_aid_budget: 'budget',
	contribution_aid_budget_change: 'budget',
	contribution_aid_months: 'term',
	contribution_aid_monthly_contribution: 'term',
	contribution_aid_per_participant_year: 'term',
	// Set or measured once a year: "UMK 2025 … Rp2.903.301", "IPM 2024 tercatat 80,41".
	minimum_wage: 'term',
	hdi: 'term',
	outreach_attendees: 'event',
	outreach_attendees_village_officials: 'event',
	outreach_attendees_kelurahan_officials: 'event',
};

/**
 * Words that announce a programme's enrolment for its year ("program … bagi 13.900 pekerja",
 * "menyasar", "bakal didaftarkan", "menganggarkan iuran bagi 2.353 Non ASN setiap tahun").
 */
const PROGRAMME =
	/\b(?:program(?:nya)?|menyasar|sasaran|bakal|akan|anggaran|menganggarkan|dianggarkan|mengalokasikan|dialokasikan|mendanai|didanai|setiap\s+tahun|per\s+tahun|meluncurkan|diluncurkan|kaji|mengkaji)\b/i;
/** Words that count those already covered: a stock ("telah melindungi", "kini", "total"). */
const ALREADY =
	/\b(?:telah|sudah|kini|total(?:nya)?|tercatat|saat\s+ini|hingga|mencapai|baru|sebanyak)\b/i;

/** Target and plan words before a number: the figure is forward-looking. */
const FORWARD =
	/\b(?:target(?:nya|kan)?|ditargetkan|ditarget|mentargetkan|menargetkan|direncanakan|rencana(?:nya)?|diproyeksikan|diharapkan|harus\s+mencapai|upaya\s+mencapai)\b/i;

/**
 * How a figure of `indicator` (of `kind` stock or flow) is dated, given the words of its clause
 * before the number: aid recipients announced as a programme's enrolment, and not counted as
 * already covered, are dated like an aid budget.
 */
export function measureOf(indicator: string, kind: string | undefined, before: string): Measure {
	const measure = MEASURES[indicator] ?? (kind === 'flow' ? 'flow' : 'stock');
	if (measure === 'enrolment' && PROGRAMME.test(before) && !ALREADY.test(before)) return 'budget';
	return measure;
}

/** Words that report a result: after a target word they say the target was reached. */
const REACHED =
	/\b(?:tercapai|terlampaui|melampaui|realisasi(?:nya)?|(?:telah|sudah)\s+(?:\S+\s+){0,3}mencapai)\b/i;

/**
 * True when the words before a number make it a target or plan ("ditargetkan", "target tahun
 * ini … 60 persen"), unless a result word follows the target word ("Target itu telah terlampaui
 * pada November ini mencapai 41,66 persen").
 */
export function isForward(before: string): boolean {
	const all = [...before.matchAll(new RegExp(FORWARD.source, 'gi'))];
	const last = all.at(-1);
	return last !== undefined && !REACHED.test(before.slice(last.index + last[0].length));
}

/** January to the article's month, or its year when only the year is known. */
function yearToDate(article: string): string {
	if (article.length < 7) return article.slice(0, 4);
	const month = article.slice(0, 7);
	return month.endsWith('-01') ? month : `${article.slice(0, 4)}-01/${month}`;
}

/** The year of a period that lies in one year ("2025-10/2025-12" → 2025); else the period. */
function yearOf(period: string): string {
	const years = new Set(period.split('/').map((p) => p.slice(0, 4)));
	return years.size === 1 ? period.slice(0, 4) : period;
}

/**
 * The article's own date written as a dateline: its day, or a day of its month when only the
 * month is known and the day is written "(2/2/2026)".
 */
const isDateline = (date: DateMention, period: string, article: string) =>
	period === article ||
	(article.length === 7 &&
		date.precision === 3 &&
		period.startsWith(article) &&
		date.raw.includes('/'));

/** "2024-01/2024-12", "2024-01-01/2024-12-31": a whole year, recorded as "2024". */
function wholeYear(period: string): string {
	const m = /^(\d{4})-01(?:-01)?\/(\d{4})-12(?:-31)?$/.exec(period);
	return m !== null && m[1] === m[2] ? period.slice(0, 4) : period;
}

/**
 * A stock dated by a span ("periode Januari-Agustus 2023", "Januari hingga Februari 2025") is
 * the count at the span's end: "2023-01/2023-08" → "2023-08".
 */
const spanEnd = (period: string) => period.split('/').at(-1) ?? period;

/**
 * The period to record for a figure dated by `date` (undefined: no date found) in an article of
 * date `article`, by the rule above. Undefined when nothing can be said.
 */
export function recordedPeriod(
	date: DateMention | undefined,
	article: string | undefined,
	measure: Measure,
	forward: boolean,
): string | undefined {
	const period = ruledPeriod(date, article, measure, forward);
	return period === undefined ? undefined : wholeYear(period);
}

function ruledPeriod(
	date: DateMention | undefined,
	article: string | undefined,
	measure: Measure,
	forward: boolean,
): string | undefined {
	const year = article?.slice(0, 4);
	const yearly = forward || measure === 'budget' || measure === 'term';
	if (date === undefined) {
		if (article === undefined) return undefined;
		if (yearly) return year;
		if (measure === 'event') return article;
		return measure === 'flow' ? yearToDate(article) : article.slice(0, 7);
	}
	// A budget "sejak Maret 2022" is the sum since then; everything else runs over its span.
	const cumulative = date.kind === 'since' && (measure === 'flow' || measure === 'budget');
	const resolved = resolvePeriod(date, article, measure === 'flow' || cumulative);
	if (resolved === undefined) return undefined;
	let base = resolved;
	if (cumulative && measure === 'budget') return base;
	// The terms of aid in force over years ("terhitung 2023 sampai 2025") are today's terms.
	if (measure === 'term' && date.precision === 1) return base.slice(-4);
	if (yearly) return yearOf(base);
	if (article === undefined || measure === 'event') return base;
	// Counted over years up to the article's ("terhitung 2023 sampai 2025"): today's count.
	const toNow = date.precision === 1 && base.includes('/') && base.endsWith(`/${year ?? ''}`);
	// Aid recipients of a year ("DBHCHT 2025 lindungi 40.300 pekerja") are that year's programme.
	if (measure === 'enrolment' && date.precision === 1 && !toNow) return base;
	if (measure === 'stock' && !toNow) base = spanEnd(base);
	const current =
		toNow ||
		isDateline(date, base, article) ||
		base === year ||
		(date.kind === 'relative' && date.yearOffset === undefined && date.period === '');
	if (!current) return base;
	return measure === 'flow' ? yearToDate(article) : article.slice(0, 7);
}
