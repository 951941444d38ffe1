/**
 * Every word the charts print, in both site languages: titles, takeaway templates, legend
 * words, panel titles. Values arrive already formatted (src/lib/format), so templates only
 * place them in a sentence.
 */
import type { Locale } from '../lib/format/locale.ts';

/** " (RPJPD)" after a target, or nothing when the article does not say who set it. */
const inParens = (plan: string) => (plan ? ` (${plan})` : '');

/** Which way a value went between two dates: up 1, down -1, unchanged 0. */
export type Trend = -1 | 0 | 1;

/** The words and sentence templates of one locale. */
export interface ChartStrings {
	/** "in 2024" / "pada 2024"; `day` is true when the date names a day ("on 13 November"). */
	when: (date: string, day: boolean) => string;
	/** "from 1 January to 31 October 2025" for an interval. */
	whenRange: (from: string, to: string) => string;
	/** Short segment names for bar labels. */
	segmentShort: Record<'PU' | 'BPU' | 'JAKON' | 'PMI', string>;
	reported: string;
	derived: string;
	/** One word for "derived", for crowded labels. */
	derivedShort: string;
	target: string;
	baseline: string;
	planned: string;
	total: string;
	notReported: string;
	mismatch: string;
	/** Sentence for a reported figure that its source's own figures contradict. */
	mismatchSentence: (reported: string, expected: string) => string;
	/** The same sentence about one region among many (comparison, map). */
	mismatchSentenceAt: (where: string, reported: string, expected: string) => string;
	sources: string;
	tableSummary: string;
	tableCaption: (title: string) => string;
	/** Table headings; `note` heads "kind; period". */
	columns: { item: string; value: string; note: string; source: string };
	descValues: string;
	/** Instead of the values, when a chart has too many to read out (a comparison of every region). */
	descInTable: (rows: number) => string;
	points: (gap: string) => string;
	pointsShort: (gap: string) => string;
	coverage: {
		title: (region: string) => string;
		rose: (a: string, whenA: string, b: string, whenB: string) => string;
		fell: (a: string, whenA: string, b: string, whenB: string) => string;
		/** Same value at both dates (plain dates: "2023", "November 2025"). */
		same: (a: string, from: string, to: string) => string;
		single: (a: string, whenA: string) => string;
		passing: (target: string, plan: string, year: string) => string;
		short: (gap: string, target: string, year: string, plan: string) => string;
		onlyTargets: (target: string, year: string, plan: string) => string;
		derivedOnly: (a: string, whenA: string) => string;
	};
	segments: {
		title: (indicator: string, region: string) => string;
		aidTitle: (funding: string, region: string) => string;
		largest: (segment: string, value: string, share: string, when: string) => string;
		single: (segment: string, value: string, when: string) => string;
		shareOfTotal: string;
		shareOfShown: string;
	};
	aid: {
		/** The aid summary's heading: the payer and the region. */
		title: (funding: string, region: string) => string;
		budgetTitle: (funding: string, region: string) => string;
		workersTitle: (funding: string, region: string) => string;
		/** Caption of the summary's small table. */
		summaryCaption: (title: string) => string;
		budget: string;
		participants: string;
		perMonth: string;
		/** `trend` 1 rose, -1 fell, 0 stayed the same. */
		budgetChange: (trend: Trend, a: string, yearA: string, b: string, yearB: string) => string;
		budgetSingle: (a: string, year: string) => string;
		workersChange: (trend: Trend, a: string, yearA: string, b: string, yearB: string) => string;
		forParticipants: (n: string) => string;
		perMonthClause: (c: string) => string;
		/** After a count of workers: what each costs a month. */
		atPerMonth: (c: string) => string;
		participantsOnly: (n: string, year: string) => string;
		perMonthOnly: (c: string, year: string) => string;
	};
	claims: {
		title: (region: string) => string;
		fundedBy: (funding: string) => string;
		amount: string;
		claimants: string;
		shareOfTotal: (program: string, share: string, total: string, when: string) => string;
		largest: (program: string, value: string, when: string) => string;
		claimantsOnly: (n: string, when: string) => string;
		recipientsTitle: (region: string) => string;
		mostRecipients: (program: string, n: string, when: string) => string;
	};
	scholarships: {
		title: (region: string) => string;
		amount: string;
		children: string;
		largest: (level: string, value: string, n: string, when: string) => string;
		single: (level: string, value: string, when: string) => string;
		childrenTitle: (region: string) => string;
		mostChildren: (level: string, n: string, when: string) => string;
	};
	compare: {
		title: (indicator: string) => string;
		national: string;
		range: (top: string, topValue: string, bottom: string, bottomValue: string) => string;
		single: (region: string, value: string) => string;
		nationalClause: (value: string) => string;
		aboveNational: (n: number, of: number) => string;
	};
	map: {
		title: string;
		noData: string;
		dataNoCoverage: string;
		some: (n: number, of: number) => string;
		none: (of: number) => string;
		highest: (province: string, value: string, when: string) => string;
		only: (province: string, value: string, when: string) => string;
		binLabel: (from: string, to: string) => string;
		tileLabel: (province: string, value: string) => string;
		provinceColumn: string;
	};
	/** Short chart names for page titles: "Cakupan kepesertaan". */
	short: {
		coverage: string;
		participants: string;
		aidParticipants: string;
		aid: string;
		aidWorkers: string;
		claims: string;
		claimRecipients: string;
		scholarships: string;
		scholarshipChildren: string;
	};
	embed: {
		summary: string;
		help: string;
		download: string;
		back: (region: string) => string;
		/** Back link of the map's embed page (to the home page). */
		backMap: string;
		/** Back link of a comparison's embed page (to its comparison page). */
		backCompare: string;
		iframeTitle: (title: string) => string;
	};
}

const id: ChartStrings = {
	when: (date) => `pada ${date}`,
	whenRange: (from, to) => `selama ${from} – ${to}`,
	segmentShort: {
		PU: 'Penerima upah (PU)',
		BPU: 'Bukan penerima upah (BPU)',
		JAKON: 'Jasa konstruksi (Jakon)',
		PMI: 'Pekerja migran (PMI)',
	},
	reported: 'dilaporkan',
	derived: 'dihitung dari angka sumber',
	derivedShort: 'dihitung',
	target: 'target',
	baseline: 'baseline',
	planned: 'rencana',
	total: 'Total',
	notReported: 'tidak dilaporkan',
	mismatch: 'tidak cocok dengan angka lain di sumbernya',
	mismatchSentence: (reported, expected) =>
		`Nilai yang dilaporkan (${reported}) tidak cocok dengan hitungan dari angka lain di sumber yang sama (${expected}).`,
	mismatchSentenceAt: (where, reported, expected) =>
		`${where}: nilai yang dilaporkan (${reported}) tidak cocok dengan hitungan dari angka lain di sumber yang sama (${expected}).`,
	sources: 'Sumber',
	tableSummary: 'Data di balik grafik',
	tableCaption: (title) => `Data grafik: ${title}`,
	columns: {
		item: 'Data',
		value: 'Nilai',
		note: 'Jenis; periode',
		source: 'Sumber',
	},
	descValues: 'Nilai',
	descInTable: (n) => `Semua ${n} nilai ada di tabel data di bawah grafik.`,
	points: (gap) => `${gap} poin persentase`,
	pointsShort: (gap) => `${gap} poin lagi`,
	coverage: {
		title: (region) => `Cakupan kepesertaan BPJS Ketenagakerjaan, ${region}`,
		rose: (a, wa, b, wb) => `Cakupan naik dari ${a} ${wa} menjadi ${b} ${wb}`,
		fell: (a, wa, b, wb) => `Cakupan turun dari ${a} ${wa} menjadi ${b} ${wb}`,
		same: (a, from, to) => `Cakupan tetap ${a} dari ${from} hingga ${to}`,
		single: (a, wa) => `Cakupan ${a} ${wa}`,
		passing: (t, plan, year) => `, melampaui target ${plan ? `${plan} ` : ''}${year} sebesar ${t}`,
		short: (gap, t, year, plan) =>
			`, masih ${gap} di bawah target ${t} untuk ${year}${inParens(plan)}`,
		onlyTargets: (t, year, plan) =>
			`Belum ada angka cakupan yang dilaporkan; targetnya ${t} pada ${year}${inParens(plan)}`,
		derivedOnly: (a, wa) => `Cakupan yang dihitung dari angka sumber: ${a} ${wa}`,
	},
	segments: {
		title: (indicator, region) => `${indicator} menurut segmen, ${region}`,
		aidTitle: (funding, region) => `Penerima bantuan iuran (${funding}) menurut segmen, ${region}`,
		largest: (s, v, share, when) => `${s} adalah kelompok terbesar: ${v} (${share}) ${when}`,
		single: (s, v, when) => `${s}: ${v} ${when}`,
		shareOfTotal: 'persen dari total',
		shareOfShown: 'persen dari jumlah segmen yang dilaporkan',
	},
	aid: {
		title: (funding, region) =>
			funding ? `Bantuan iuran (${funding}), ${region}` : `Bantuan iuran, ${region}`,
		budgetTitle: (funding, region) =>
			funding
				? `Anggaran bantuan iuran (${funding}), ${region}`
				: `Anggaran bantuan iuran, ${region}`,
		workersTitle: (funding, region) =>
			funding
				? `Pekerja penerima bantuan iuran (${funding}), ${region}`
				: `Pekerja penerima bantuan iuran, ${region}`,
		summaryCaption: (title) => `Angka: ${title}`,
		budget: 'Anggaran',
		participants: 'Pekerja penerima',
		perMonth: 'Iuran per pekerja per bulan',
		budgetChange: (trend, a, ya, b, yb) =>
			trend === 0
				? `Anggaran tetap ${b} dari ${ya} hingga ${yb}`
				: `Anggaran ${trend > 0 ? 'naik' : 'turun'} dari ${a} (${ya}) menjadi ${b} (${yb})`,
		budgetSingle: (a, year) => `Anggaran ${a} pada ${year}`,
		workersChange: (trend, a, ya, b, yb) =>
			trend === 0
				? `Pekerja penerima tetap ${b} dari ${ya} hingga ${yb}`
				: `Pekerja penerima ${trend > 0 ? 'bertambah' : 'berkurang'} dari ${a} (${ya}) menjadi ${b} (${yb})`,
		forParticipants: (n) => ` untuk ${n}`,
		perMonthClause: (c) => `, atau ${c}`,
		atPerMonth: (c) => `, dengan iuran ${c}`,
		participantsOnly: (n, year) => `${n} menerima bantuan iuran (${year})`,
		perMonthOnly: (c, year) => `Iuran yang dibayarkan: ${c} (${year})`,
	},
	claims: {
		title: (region) => `Klaim yang dibayar menurut program, ${region}`,
		fundedBy: (funding) => `peserta yang iurannya dibayar ${funding}`,
		amount: 'Nilai klaim',
		claimants: 'Penerima',
		shareOfTotal: (p, share, total, when) =>
			`${p} mencakup ${share} dari seluruh klaim ${total} ${when}`,
		largest: (p, v, when) => `Klaim terbesar: ${p}, ${v} ${when}`,
		claimantsOnly: (n, when) => `${n} menerima klaim ${when}`,
		recipientsTitle: (region) => `Penerima klaim menurut program, ${region}`,
		mostRecipients: (p, n, when) => `Penerima terbanyak: ${p}, ${n} ${when}`,
	},
	scholarships: {
		title: (region) => `Beasiswa menurut jenjang sekolah, ${region}`,
		amount: 'Nilai beasiswa',
		children: 'Anak penerima',
		largest: (l, v, n, when) => `Jenjang ${l} menerima porsi terbesar: ${v} untuk ${n} ${when}`,
		single: (l, v, when) => `Jenjang ${l}: ${v} ${when}`,
		childrenTitle: (region) => `Anak penerima beasiswa menurut jenjang sekolah, ${region}`,
		mostChildren: (l, n, when) => `Penerima terbanyak di jenjang ${l}: ${n} ${when}`,
	},
	compare: {
		title: (indicator) => `${indicator}: perbandingan wilayah`,
		national: 'Nasional',
		range: (t, tv, b, bv) => `${t} tertinggi (${tv}), ${b} terendah (${bv})`,
		single: (r, v) => `${r}: ${v}`,
		nationalClause: (v) => `; angka nasional ${v}`,
		aboveNational: (n, of) => `; ${n} dari ${of} wilayah di atas angka nasional`,
	},
	map: {
		title: 'Cakupan kepesertaan per provinsi',
		noData: 'belum ada data',
		dataNoCoverage: 'ada data, tanpa angka cakupan',
		some: (n, of) => `${n} dari ${of} provinsi punya angka cakupan`,
		none: (of) => `Belum ada dari ${of} provinsi yang punya angka cakupan`,
		highest: (p, v, when) => `; tertinggi ${p}, ${v} ${when}`,
		only: (p, v, when) => `: ${p}, ${v} ${when}`,
		binLabel: (from, to) => `${from}–${to}`,
		tileLabel: (p, v) => `${p}: ${v}`,
		provinceColumn: 'Provinsi',
	},
	short: {
		coverage: 'Cakupan kepesertaan',
		participants: 'Peserta menurut segmen',
		aidParticipants: 'Penerima bantuan iuran menurut segmen',
		aid: 'Anggaran bantuan iuran',
		aidWorkers: 'Pekerja penerima bantuan iuran',
		claims: 'Klaim per program',
		claimRecipients: 'Penerima klaim per program',
		scholarships: 'Beasiswa per jenjang',
		scholarshipChildren: 'Anak penerima beasiswa per jenjang',
	},
	embed: {
		summary: 'Sematkan grafik ini',
		help: 'Salin kode ini ke halaman Anda:',
		download: 'Unduh grafik (SVG)',
		back: (region) => `Semua data dan sumber untuk ${region}`,
		backMap: 'Peta ini, dengan data dan sumbernya, di beranda',
		backCompare: 'Perbandingan lengkap, dengan tabel dan sumbernya',
		iframeTitle: (title) => `Grafik: ${title}`,
	},
};

const en: ChartStrings = {
	when: (date, day) => `${day ? 'on' : 'in'} ${date}`,
	whenRange: (from, to) => `from ${from} to ${to}`,
	segmentShort: {
		PU: 'Wage earners (PU)',
		BPU: 'Non-wage earners (BPU)',
		JAKON: 'Construction (Jakon)',
		PMI: 'Migrant workers (PMI)',
	},
	reported: 'reported',
	derived: 'computed from the source’s figures',
	derivedShort: 'computed',
	target: 'target',
	baseline: 'baseline',
	planned: 'planned',
	total: 'Total',
	notReported: 'not reported',
	mismatch: 'does not match its source’s other figures',
	mismatchSentence: (reported, expected) =>
		`The reported value (${reported}) does not match what the same source’s other figures give (${expected}).`,
	mismatchSentenceAt: (where, reported, expected) =>
		`${where}: the reported value (${reported}) does not match what the same source’s other figures give (${expected}).`,
	sources: 'Source',
	tableSummary: 'Data behind the chart',
	tableCaption: (title) => `Chart data: ${title}`,
	columns: {
		item: 'Data',
		value: 'Value',
		note: 'Kind; period',
		source: 'Source',
	},
	descValues: 'Values',
	descInTable: (n) => `All ${n} values are in the data table below the chart.`,
	points: (gap) => `${gap} percentage points`,
	pointsShort: (gap) => `${gap} pts to go`,
	coverage: {
		title: (region) => `BPJS Ketenagakerjaan coverage, ${region}`,
		rose: (a, wa, b, wb) => `Coverage rose from ${a} ${wa} to ${b} ${wb}`,
		fell: (a, wa, b, wb) => `Coverage fell from ${a} ${wa} to ${b} ${wb}`,
		same: (a, from, to) => `Coverage stayed at ${a} from ${from} to ${to}`,
		single: (a, wa) => `Coverage was ${a} ${wa}`,
		passing: (t, plan, year) => `, passing the ${t} target for ${year}${inParens(plan)}`,
		short: (gap, t, year, plan) => `, ${gap} short of the ${t} target for ${year}${inParens(plan)}`,
		onlyTargets: (t, year, plan) =>
			`No coverage figure reported yet; the target is ${t} by ${year}${inParens(plan)}`,
		derivedOnly: (a, wa) => `Coverage computed from the source’s figures: ${a} ${wa}`,
	},
	segments: {
		title: (indicator, region) => `${indicator} by segment, ${region}`,
		aidTitle: (funding, region) =>
			`Contribution aid participants (${funding}) by segment, ${region}`,
		largest: (s, v, share, when) => `${s} are the largest group: ${v} (${share}) ${when}`,
		single: (s, v, when) => `${s}: ${v} ${when}`,
		shareOfTotal: 'share of the total',
		shareOfShown: 'share of the segments reported',
	},
	aid: {
		title: (funding, region) =>
			funding ? `Contribution aid (${funding}), ${region}` : `Contribution aid, ${region}`,
		budgetTitle: (funding, region) =>
			funding
				? `Contribution aid budget (${funding}), ${region}`
				: `Contribution aid budget, ${region}`,
		workersTitle: (funding, region) =>
			funding
				? `Workers covered by contribution aid (${funding}), ${region}`
				: `Workers covered by contribution aid, ${region}`,
		summaryCaption: (title) => `Figures: ${title}`,
		budget: 'Budget',
		participants: 'Workers covered',
		perMonth: 'Contribution per worker per month',
		budgetChange: (trend, a, ya, b, yb) =>
			trend === 0
				? `The budget stayed at ${b} from ${ya} to ${yb}`
				: `The budget ${trend > 0 ? 'rose' : 'fell'} from ${a} (${ya}) to ${b} (${yb})`,
		budgetSingle: (a, year) => `A budget of ${a} in ${year}`,
		workersChange: (trend, a, ya, b, yb) =>
			trend === 0
				? `Workers covered stayed at ${b} from ${ya} to ${yb}`
				: `Workers covered ${trend > 0 ? 'rose' : 'fell'} from ${a} (${ya}) to ${b} (${yb})`,
		forParticipants: (n) => ` for ${n}`,
		perMonthClause: (c) => `, or ${c}`,
		atPerMonth: (c) => `, at ${c}`,
		participantsOnly: (n, year) => `${n} receive contribution aid (${year})`,
		perMonthOnly: (c, year) => `The aid pays ${c} (${year})`,
	},
	claims: {
		title: (region) => `Claims paid by programme, ${region}`,
		fundedBy: (funding) => `participants whose contributions are paid by the ${funding}`,
		amount: 'Amount paid',
		claimants: 'Recipients',
		shareOfTotal: (p, share, total, when) => `${p} make up ${share} of the ${total} paid ${when}`,
		largest: (p, v, when) => `Largest claims: ${p}, ${v} ${when}`,
		claimantsOnly: (n, when) => `${n} received claims ${when}`,
		recipientsTitle: (region) => `Claim recipients by programme, ${region}`,
		mostRecipients: (p, n, when) => `Most recipients: ${p}, ${n} ${when}`,
	},
	scholarships: {
		title: (region) => `Scholarships by school level, ${region}`,
		amount: 'Amount',
		children: 'Children',
		largest: (l, v, n, when) => `${l} receives the largest share: ${v} for ${n} ${when}`,
		single: (l, v, when) => `${l}: ${v} ${when}`,
		childrenTitle: (region) => `Children receiving scholarships by school level, ${region}`,
		mostChildren: (l, n, when) => `Most children at ${l} level: ${n} ${when}`,
	},
	compare: {
		title: (indicator) => `${indicator}: regions compared`,
		national: 'National',
		range: (t, tv, b, bv) => `${t} is highest (${tv}), ${b} lowest (${bv})`,
		single: (r, v) => `${r}: ${v}`,
		nationalClause: (v) => `; the national figure is ${v}`,
		aboveNational: (n, of) => `; ${n} of ${of} regions are above the national figure`,
	},
	map: {
		title: 'Coverage by province',
		noData: 'no data yet',
		dataNoCoverage: 'data, but no coverage figure',
		some: (n, of) => `${n} of ${of} provinces have a coverage figure`,
		none: (of) => `None of the ${of} provinces has a coverage figure yet`,
		highest: (p, v, when) => `; highest is ${p}, ${v} ${when}`,
		only: (p, v, when) => `: ${p}, ${v} ${when}`,
		binLabel: (from, to) => `${from}–${to}`,
		tileLabel: (p, v) => `${p}: ${v}`,
		provinceColumn: 'Province',
	},
	short: {
		coverage: 'Coverage',
		participants: 'Participants by segment',
		aidParticipants: 'Aid participants by segment',
		aid: 'Contribution aid budget',
		aidWorkers: 'Workers covered by contribution aid',
		claims: 'Claims by programme',
		claimRecipients: 'Claim recipients by programme',
		scholarships: 'Scholarships by level',
		scholarshipChildren: 'Scholarship children by level',
	},
	embed: {
		summary: 'Embed this chart',
		help: 'Copy this code into your page:',
		download: 'Download the chart (SVG)',
		back: (region) => `All data and sources for ${region}`,
		backMap: 'This map, with its data and sources, on the home page',
		backCompare: 'The full comparison, with its table and sources',
		iframeTitle: (title) => `Chart: ${title}`,
	},
};

/** Chart words per locale. */
export const CHART_STRINGS: Record<Locale, ChartStrings> = { id, en };
