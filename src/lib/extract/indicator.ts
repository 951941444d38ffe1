/**
 * Guessing the indicator of a number from the words around it. Specific phrases decide first
 * ("kasus per 1.000", "kantor cabang", "UMK"); otherwise the nearest cue word in the sentence
 * wins (klaim → claims, anggaran → contribution aid, aktif → active participants), then cue
 * words of the sentences just before. Indicator ids are those of data/indicators.csv.
 */
import type { NumberMention } from '../parse/indonesian-number.ts';

/** What kind of quantity a number is, from its printed form. */
export type MentionKind = 'percent' | 'money' | 'duration' | 'rank' | 'count';

/** How directly the words support the guess, from strongest to weakest. */
export type Tier = 'specific' | 'near' | 'sentence' | 'earlier' | 'guess';

/** The indicator guessed for a number, with the word that suggested it. */
export interface IndicatorGuess {
	indicator: string;
	tier: Tier;
	cue: string;
}

/** A number with the words around it, every piece a slice of the article. */
export interface NumberContext {
	mention: NumberMention;
	kind: MentionKind;
	/** The sentence up to the number, and from just after it. */
	before: string;
	after: string;
	/** Text of the clause before the number. */
	clauseBefore: string;
	/** The previous number of the same clause and the words between, if any. */
	previous?: { mention: NumberMention; gap: string };
	/** Up to three sentences before this one, nearest first. */
	earlier: readonly string[];
}

const DURATION_WORDS = new Set(['bulan', 'tahun', 'tahu', 'hari', 'minggu']);

/** The kind of quantity a mention is. */
export function mentionKind(m: NumberMention): MentionKind {
	if (m.percent) return 'percent';
	if (m.currency) return 'money';
	if (m.unitWord !== undefined && DURATION_WORDS.has(m.unitWord)) return 'duration';
	if (/^[IVX]+$/.test(m.raw)) return 'rank';
	return 'count';
}

/** Claims words; "manfaat" at a word's start only: not "pemanfaatan" (use), "bermanfaat". */
const CLAIMS = /klaim|santunan|\bmanfaat|beasiswa/gi;
const AID =
	/bantuan\s+iuran|batuan|iuran(?:nya)?\s+(?:dibiayai|ditanggung|dibayar\w*)|premi\b|anggaran|alokasi|mengalokasikan|dialokasikan|menganggarkan|dianggarkan|direncanakan|digelontorkan|membiayai\s+iuran|(?:ditanggung|dibiayai)\s+APBD/gi;
const BUDGET = new RegExp(`${AID.source}|\\bAPBD\\w*|\\biuran\\b`, 'gi');
const COVERAGE = /cakupan|kepesertaan|universal\s+coverage|\bUCJ\b|terlindungi|capaian|peserta/gi;

/** Verbs of an aid scheme covering people: "melindungi 14.880 pekerja", "menanggung 31.556 nelayan". */
const PROTECTS =
	/\b(?:melindungi|menanggung|ditanggung|meng-?cover|di-?cover|mendaftarkan|menyasar|membiayai|membayarkan\s+iuran\s+(?:\S+\s+){0,4}kepada)\s+(?:\S+\s+){0,2}$/i;
/** Words that show the text is about contributions paid for others. */
const AID_CONTEXT =
	/bantuan\s+iuran|\bAPBD|\bAPBN\b|\bDBH|\bCSR\b|dana\s+desa|dibiayai|ditanggung|pekerja\s+rentan|premi\b|iuran(?:nya)?\s+dibayar/i;

/** A clause naming the base of coverage and then its size, with no covered-worker words between. */
const NAMED_BASE =
	/\b(?:potensi\s+(?:peserta|pekerja|tenaga\s+kerja)|(?:jumlah|total|estimasi)\s+(?:\S+\s+){0,2}?(?:pekerja|angkatan\s+kerja|tenaga\s+kerja))\b(?:(?!peserta|terlindungi|terdaftar|aktif|rentan|informal|formal|tercover|dicover|didaftarkan)[^.\d])*?\b(?:sebanyak|sebesar|mencapai|sekitar|adalah|ada|yakni)\s*$/i;

/** Words of a segment right before a head-count ("Penerima Upah (PU) sebanyak"). */
const SEGMENT_BEFORE =
	/(?:penerima\s+upah|jasa\s+konstruksi)(?:\s*\((?:P?B?PU|jakon)\))?\s*(?::|sebanyak|mencapai|tercatat|sebesar)?\s*$/i;
/** Words of a segment right after a head-count ("44.724 pekerja penerima upah"). */
const SEGMENT_AFTER =
	/^\s*(?:orang\s+|peserta\s+)?(?:pekerja\s+|tenaga\s+kerja\s+)?(?:(?:bukan\s+)?penerima\s+upah|jasa\s+konstruksi)\b/i;

/** Cue rules per kind: the nearest matching word in the sentence decides. */
const CUE_RULES: Readonly<Record<MentionKind, readonly (readonly [string, RegExp])[]>> = {
	count: [
		['claims_claimants', CLAIMS],
		['contribution_aid_participants', AID],
		// Not "tak aktif", "tidak aktif", "nonaktif": those are the lapsed participants.
		['active_participants', /(?<!\b(?:tak|tidak|non)[\s-]?)\baktif\b/gi],
		['registered_participants', /terdaftar/gi],
	],
	money: [
		['claims_amount', CLAIMS],
		['contribution_aid_budget', BUDGET],
	],
	percent: [],
	duration: [],
	rank: [['paritrana_award_rank', /paritrana|juara|penghargaan|award/gi]],
};

/** `re.test(s)` that ignores state left by an earlier call on a global regex. */
function has(re: RegExp, s: string): boolean {
	re.lastIndex = 0;
	const found = re.test(s);
	re.lastIndex = 0;
	return found;
}

type Specific = (c: NumberContext) => { indicator: string; cue: string } | undefined;

/** The indicator, with the matched words as cue, when `re` matches the chosen text. */
const when =
	(indicator: string, text: (c: NumberContext) => string, re: RegExp): Specific =>
	(c) => {
		const m = re.exec(text(c));
		return m === null ? undefined : { indicator, cue: m[0].trim() };
	};

/** The indicator when `test` holds, with a fixed description as cue. */
const provided =
	(indicator: string, cue: string, test: (c: NumberContext) => boolean): Specific =>
	(c) =>
		test(c) ? { indicator, cue } : undefined;

/** A budget is at least a million rupiah; less is one worker's contribution. */
const SMALLEST_BUDGET = 1_000_000;
/** An amount per month: "per bulan", "setiap bulannya", "sebulan", "/bulan". */
const PER_MONTH = /^\s*(?:,-\s*)?(?:per\s*bulan|setiap\s+bulan|sebulan|\/\s*bulan)/i;

const near = (c: NumberContext) => `${c.before.slice(-70)} ${c.after.slice(0, 50)}`;
const sentence = (c: NumberContext) => `${c.before} ${c.after}`;
const justBefore = (c: NumberContext) => c.before.slice(-40);

/**
 * True when the last match of `re` in `before` is at most 70 characters back and nothing but
 * words and years stands between it and the number ("penduduk bekerja di Maluku Utara mencapai",
 * "penduduk yang bekerja per Agustus 2019 mencapai"): the words name this number, unless a
 * number of their own comes right before them ("Dari 227.164 penduduk bekerja …, baru 100.512").
 */
function namesThisNumber(before: string, re: RegExp): boolean {
	const last = [...before.matchAll(re)].at(-1);
	if (last === undefined) return false;
	const own = /\d\s*(?:ribu|juta)?\s*(?:jumlah\s+)?$/i.test(before.slice(0, last.index));
	if (own) return false;
	const gap = before.slice(last.index + last[0].length);
	return (
		gap.length <= 70 && !/\d/.test(gap.replace(/\b(?:19|20)\d{2}\b/g, '')) && !/[.;]\s/.test(gap)
	);
}

/** Phrases that settle the indicator by themselves, tried in order. */
const SPECIFIC: Readonly<Record<MentionKind, readonly Specific[]>> = {
	percent: [
		// "tumbuh 5%" alone is as often a rise of coverage as growth of the economy.
		when(
			'economic_growth',
			sentence,
			/pertumbuhan\s+ekonomi|ekonomi\s+\S*\s*tumbuh|\bPDRB\b|\bLPE\b/i,
		),
		provided(
			'contributions_received_change',
			'change of penerimaan iuran',
			(c) =>
				/(?:penerimaan|pendapatan)\s+iuran/i.test(sentence(c)) &&
				/meningkat|naik|turun|tumbuh/i.test(justBefore(c)),
		),
		provided(
			'contribution_aid_budget_change',
			'change of anggaran',
			(c) =>
				/anggaran|alokasi|APBD|bantuan\s+iuran/i.test(sentence(c)) &&
				/naik|meningkat|turun|kenaikan|penurunan|bertambah/i.test(justBefore(c)),
		),
		provided(
			'contribution_aid_participant_share',
			'percent right after a head-count of aided workers',
			(c) =>
				c.previous !== undefined &&
				mentionKind(c.previous.mention) === 'count' &&
				c.previous.gap.trim().split(/\s+/).length <= 7 &&
				/dibiayai|ditanggung|bantuan\s+iuran|\bAPBD\b|premi/i.test(sentence(c)) &&
				!/^\s*dari\s+(?:total|jumlah|potensi|sasaran)/i.test(c.after),
		),
	],
	money: [
		when('minimum_wage', near, /\bUMK\b|\bUMP\b|upah\s+minimum/i),
		when('contributions_received', near, /(?:penerimaan|pendapatan)\s+iuran/i),
		provided(
			'contribution_aid_monthly_contribution',
			'iuran … per bulan',
			(c) =>
				PER_MONTH.test(c.after) &&
				c.mention.value < SMALLEST_BUDGET &&
				/iuran|premi/i.test(sentence(c)),
		),
		when(
			'contribution_aid_per_participant_year',
			(c) => c.after,
			/^\s*per\s+(?:peserta|orang|pekerja)\s+per\s+tahu/i,
		),
		provided(
			'claims_average',
			'rata-rata … klaim',
			(c) => /rata-rata\s+(?:\S+\s+){0,2}$/i.test(c.before) && has(CLAIMS, sentence(c)),
		),
	],
	count: [
		when(
			'contribution_aid_participants',
			(c) => c.after.slice(0, 40),
			/^\s*(?:orang\s+)?(?:pekerja|buruh|warga|masyarakat|tenaga\s+kerja)?\s*(?:sektor\s+)?(?:informal\s+)?rentan\b/i,
		),
		provided(
			'contribution_aid_participants',
			'protected by a paid contribution',
			(c) =>
				PROTECTS.test(c.before.slice(-45)) &&
				[sentence(c), ...c.earlier].some((s) => AID_CONTEXT.test(s)),
		),
		when(
			'contribution_aid_participants',
			(c) => c.after.slice(0, 50),
			/^\s*(?:jiwa|orang|pekerja|peserta|warga)\s+(?:yang\s+)?(?:ditanggung|dibiayai|dibayarkan)/i,
		),
		when('claims_per_1000', (c) => c.after, /^\s*kasus\s+per\s+1\.?000\b/i),
		when('hdi', justBefore, /\bIPM\b|indeks\s+pembangunan\s+manusia/i),
		when('branch_offices', (c) => c.after, /^\s*kantor\s+cabang/i),
		when('service_units', (c) => c.after, /^\s*(?:unit|titik)\s+layanan/i),
		when('plkk_facilities', (c) => c.after.slice(0, 80), /^\s*fasilitas.*(?:PLKK|kecelakaan)/i),
		when(
			'employers_registered',
			(c) => c.after,
			/^\s*(?:badan\s+usaha|perusahaan|pemberi\s+kerja)/i,
		),
		provided(
			'employer_workers',
			'tenaga kerja of badan usaha',
			(c) =>
				/^\s*tenaga\s+kerja/i.test(c.after) &&
				/badan\s+usaha|perusahaan|pemberi\s+kerja/i.test(c.before),
		),
		// "227.164 penduduk bekerja", "penduduk bekerja 2024 sebanyak 90.116 jiwa": the words name
		// this number, not one beside it ("935.079 peserta dari 1.873.899 penduduk bekerja").
		when(
			'employed_population',
			(c) => c.after.slice(0, 40),
			/^\s*(?:orang\s+)?(?:jumlah\s+)?penduduk\s+(?:yang\s+)?bekerja/i,
		),
		provided('employed_population', 'penduduk bekerja … (this number)', (c) =>
			namesThisNumber(c.before, /penduduk\s+(?:yang\s+)?bekerja/gi),
		),
		when('claims_count', (c) => c.after, /^\s*(?:pengajuan|klaim|kasus)\b/i),
		when('new_participants', (c) => c.after, /^\s*(?:peserta|pekerja)\s+baru/i),
		when('new_participants', justBefore, /penambahan\s+(?:\S+\s+){0,2}$/i),
		when(
			'uncovered_workers',
			(c) => c.after.slice(0, 70),
			/belum\s+(?:terlindungi|terdaftar|menjadi\s+peserta|ter-?cover|mendapat(?:kan)?\s+perlindungan)/i,
		),
		when(
			'workers_in_scope',
			(c) => c.before,
			/(?:sasaran|potensi|semesta|jumlah\s+pekerja|dari\s+total)\s+(?:\S+\s+){0,2}$/i,
		),
		// "potensi peserta … di Provinsi Lampung sebanyak 3,05 juta", "estimasi jumlah pekerja
		// Kabupaten Cirebon sekitar 823.000", "total angkatan kerja sebanyak 910.996": the
		// clause names the base of coverage, then gives its size.
		provided(
			'workers_in_scope',
			'the base named, then its size',
			(c) => c.previous === undefined && NAMED_BASE.test(c.clauseBefore),
		),
		// "dari 854.203 pekerja di Sulut", "19.654 angkatan kerja", "181.567 potensi peserta".
		provided(
			'workers_in_scope',
			'dari … pekerja (the base)',
			(c) =>
				// Not "terdiri dari" (consists of) nor "lebih dari" (more than).
				/(?<!(?:terdiri|lebih|kurang)\s+)\bdari\s+(?:(?:sekitar|jumlah|total|sebanyak)\s+)*$/i.test(
					c.before,
				) &&
				/^\s*(?:orang\s+)?(?:tenaga\s+kerja|pekerja|angkatan\s+kerja|penduduk|potensi)/i.test(
					c.after,
				),
		),
		when(
			'workers_in_scope',
			(c) => c.after,
			/^\s*(?:orang\s+)?(?:angkatan\s+kerja|potensi\s+(?:peserta|pekerja|tenaga\s+kerja))/i,
		),
		when('outreach_attendees_village_officials', (c) => c.after, /^\s*perangkat\s+desa/i),
		when('outreach_attendees_kelurahan_officials', (c) => c.after, /^\s*perangkat\s+kelurahan/i),
		// "Kegiatan diikuti 167 Peserta", "rakor yang diikuti 99 peserta"; not "diikuti Banten
		// dengan 2,75 juta peserta" (followed by Banten in a ranking).
		when(
			'outreach_attendees',
			justBefore,
			/(?:diikuti|dihadiri)\s+(?:oleh\s+)?(?:sebanyak\s+|sekitar\s+|lebih\s+dari\s+|kurang\s+lebih\s+)?$|sosialisasi/i,
		),
		// Covered through a payer: "2.000 pekerja terlindungi melalui bantuan Pemprov Sumut",
		// "14.300 pekerja informal terlindungi melalui berbagai sumber pendanaan".
		when(
			'contribution_aid_participants',
			(c) => c.after.slice(0, 90),
			/^\s*(?:orang|pekerja|tenaga\s+kerja|peserta|jiwa|warga)?(?:\s+(?!belum|tidak)\S+){0,4}?\s+(?:yang\s+)?(?:sudah\s+|telah\s+)?(?:terlindungi|ter-?cover|dicover|tercakup|mendapat(?:kan)?\s+perlindungan)\s+(?:melalui|lewat|dari|oleh)\s+(?:\S+\s+){0,2}?(?:bantuan|APBD|APBN|DBH\w*|dana|pendanaan|anggaran|CSR|Pem(?:kab|kot|prov|erintah)\b|Baznas)/i,
		),
		// Head-counts of the covered: "32.644 orang sudah terlindungi", "141 ribu yang tercakup",
		// "465.940 pekerja … yang telah mendapatkan perlindungan" (uncovered ones matched above).
		when(
			'active_participants',
			(c) => c.after.slice(0, 70),
			/^\s*(?:orang|pekerja|tenaga\s+kerja|peserta|jiwa|warga)?(?:\s+(?!belum|tidak)\S+){0,4}?\s+(?:yang\s+)?(?:sudah\s+|telah\s+)?(?:terlindungi|ter-?cover|tercakup|mendapat(?:kan)?\s+perlindungan)\b/i,
		),
		// A segment's participants: "Penerima Upah (PU) sebanyak 411.791 peserta", "segmen bukan
		// penerima upah sebanyak 1.036.242", "44.724 pekerja penerima upah".
		provided(
			'active_participants',
			'a head-count of a segment',
			(c) => SEGMENT_BEFORE.test(c.before.slice(-50)) || SEGMENT_AFTER.test(c.after.slice(0, 50)),
		),
		// The count behind a coverage rate: "43,2 persen (38.595 orang)", "50,88 persen atau baru
		// 935.079 peserta".
		provided(
			'active_participants',
			'the count behind a coverage rate',
			(c) =>
				c.previous !== undefined &&
				mentionKind(c.previous.mention) === 'percent' &&
				/^\s*(?:\(|atau\s+(?:baru\s+|sekitar\s+|setara\s+(?:dengan\s+)?)?)$/i.test(
					c.previous.gap,
				) &&
				has(COVERAGE, sentence(c)),
		),
	],
	duration: [when('contribution_aid_months', justBefore, /selama|bantuan|batuan|iuran|premi/i)],
	rank: [],
};

/**
 * Percents that are not a level of coverage: a change ("naik 26,2 persen dibandingkan tahun
 * sebelumnya", "pertumbuhan … 12,33%"), progress toward a target ("67,25% dari target"), the
 * share still uncovered ("49,13 persen yang belum terlindungi") or a survey's answer
 * ("37,8 persen responden"). "naik menjadi 41,28%" states the new level, so it stays.
 */
const CHANGE_BEFORE =
	/\b(?:naik|meningkat|menurun|turun|tumbuh|pertumbuhan|kenaikan|penurunan|peningkatan|bertambah|berkurang|melonjak|anjlok)\b(?:(?!menjadi|ke\s+angka|mencapai\s+angka)[^.])*$/i;
/**
 * Words of a gap or a discount right before a percent: "gap sebesar 7,58%", "selisih 10%",
 * "Tinggal 3,37 persen saja lagi", "diskon sebesar 50%", "berkontribusi sebesar 1,26%",
 * "meningkatkan UCJ sebesar 15,22%".
 */
const GAP_BEFORE =
	/\b(?:gap|selisih|tinggal|kekurangan|diskon|potongan|berkontribusi|kontribusi|meningkatkan|menaikkan|menambah)\b(?:\s+\S+){0,2}\s+(?:sebesar\s+|sekitar\s+)?$/i;
const CHANGE_AFTER =
	/^\s*(?:dibandingkan|dibanding|secara\s+(?:tahunan|bulanan)|\(?(?:yoy|mom|year[\s-]on[\s-]year|month[\s-]on[\s-]month)\b|dari\s+(?:tahun|periode|bulan|semester|kuartal|triwulan)\b)/i;
const NOT_COVERAGE_AFTER =
	/^\s*(?:(?:dari\s+(?:total\s+)?)?target\b|terhadap\b|dari\s+(?:total\s+|jumlah\s+)?(?:peserta|RW|RT|desa|kelurahan|ASN)\b|(?:dari\s+)?(?:total\s+)?(?:APBD|anggaran|belanja|dana)\b|(?:yang\s+|pekerja\s+|masih\s+)*(?:belum|tanpa|tidak)\s+(?:terlindungi|terdaftar|menjadi|ter-?cover|bekerja\s+dengan|memiliki|mendapat)|(?:masih\s+)?bekerja\s+tanpa|responden|lainnya\s+menyatakan)/i;

/** Why a percent is not a coverage level, or undefined when it may be one. */
export function notALevel(c: NumberContext): string | undefined {
	if (c.kind !== 'percent') return undefined;
	if (GAP_BEFORE.test(c.before.slice(-40))) return 'a gap or a discount, not a level';
	if (CHANGE_BEFORE.test(c.before.slice(-60))) return 'a change, not a level';
	if (CHANGE_AFTER.test(c.after)) return 'a change, not a level';
	if (NOT_COVERAGE_AFTER.test(c.after)) return 'not a share of covered workers';
	return undefined;
}

/**
 * Counts of things, not of people: "14 kabupaten/kota", "50 kelurahan", "3 OPD", "165 unit
 * rumah"; and places in a ranking ("peringkat 18 dari 38 provinsi").
 */
const THINGS_AFTER =
	/^\s*(?:kabupaten|kota|kab\/kota|kecamatan|kelurahan|desa|nagari|provinsi|negara|OPD|dinas|instansi|lembaga|bidang|unit|program|kategori|sektor|indikator|RW|RT|sekolah|kali|tahap|jenis|poin|titik|lokasi|kegiatan|item|paket|hari|minggu|bulan|tahun)\b/i;
/** "179.842 peserta tak aktif", "864 orang berstatus nonaktif": participants who lapsed. */
const LAPSED_AFTER =
	/^\s*(?:orang\s+|peserta\s+|pekerja\s+)*(?:yang\s+)?(?:berstatus\s+)?(?:tak|tidak|non)[\s-]?aktif\b/i;
const RANK_BEFORE = /\b(?:peringkat|posisi|diposisi|urutan|ranking|desil)\s*(?:ke-?)?\s*$/i;

/** Why a count is not a head-count of workers, or undefined when it may be one. */
export function notAHeadCount(c: NumberContext): string | undefined {
	if (c.kind !== 'count') return undefined;
	if (THINGS_AFTER.test(c.after)) return 'a count of things, not people';
	if (RANK_BEFORE.test(c.before.slice(-20))) return 'a rank, not a count';
	if (/^\s*dari\s+\d+\s+(?:provinsi|kabupaten|kota)/i.test(c.after)) return 'a rank, not a count';
	if (LAPSED_AFTER.test(c.after)) return 'lapsed participants, not active ones';
	return undefined;
}

/** The nearest match of any rule in `before` (ending at the number) or `after` (starting there). */
function nearestCue(
	rules: readonly (readonly [string, RegExp])[],
	before: string,
	after: string,
): { indicator: string; cue: string; distance: number } | undefined {
	let best: { indicator: string; cue: string; distance: number } | undefined;
	for (const [indicator, re] of rules) {
		for (const m of before.matchAll(re)) {
			const distance = before.length - (m.index + m[0].length);
			if (!best || distance < best.distance) best = { indicator, cue: m[0], distance };
		}
		for (const m of after.matchAll(re)) {
			if (!best || m.index < best.distance) best = { indicator, cue: m[0], distance: m.index };
		}
	}
	return best;
}

/**
 * The indicator a number most likely reports, or undefined when no words point anywhere.
 * `known`, when given, limits guesses to the indicators of the data set.
 */
export function guessIndicator(
	c: NumberContext,
	known?: ReadonlySet<string>,
): IndicatorGuess | undefined {
	const guess = checkedMoney(c, guessAny(c));
	return guess && (known === undefined || known.has(guess.indicator)) ? guess : undefined;
}

/**
 * Money guesses the amount contradicts: "iuran Rp16.800" is a contribution per worker, not a
 * budget, and a "santunan" of "Rp42 juta" is one family's benefit, not the claims paid.
 */
function checkedMoney(c: NumberContext, g: IndicatorGuess | undefined): IndicatorGuess | undefined {
	if (g === undefined || c.kind !== 'money' || g.tier === 'specific') return g;
	// "Rp250 juta per bulan", "Rp 8 triliun setiap bulannya", "penghasilan Rp1 juta per bulan":
	// a month's spending, collection or income is neither a budget nor the claims paid.
	if (PER_MONTH.test(c.after) && c.mention.value >= SMALLEST_BUDGET) return undefined;
	if (g.indicator === 'contribution_aid_budget' && c.mention.value < SMALLEST_BUDGET) {
		if (/bulan/i.test(c.after.slice(0, 30))) {
			return { indicator: 'contribution_aid_monthly_contribution', tier: g.tier, cue: g.cue };
		}
		return undefined;
	}
	if (g.indicator === 'claims_amount' && /^santunan/i.test(g.cue) && !/klaim/i.test(sentence(c))) {
		return undefined;
	}
	return g;
}

function guessAny(c: NumberContext): IndicatorGuess | undefined {
	for (const rule of SPECIFIC[c.kind]) {
		const hit = rule(c);
		if (hit !== undefined) return { ...hit, tier: 'specific' };
	}
	if (notALevel(c) !== undefined || notAHeadCount(c) !== undefined) return undefined;
	const rules = CUE_RULES[c.kind];
	const inSentence = nearestCue(rules, c.before, c.after);
	if (inSentence) {
		const tier = inSentence.distance <= 60 ? 'near' : 'sentence';
		return { indicator: inSentence.indicator, tier, cue: inSentence.cue };
	}
	for (const earlier of c.earlier) {
		const hit = nearestCue(rules, earlier, '');
		// A head-count carries over only the aid it is part of, or the claims when it is paired
		// with an amount ("Rp 437,3 miliar … bagi 28.760 peserta"): "klaim", "aktif" or
		// "terdaftar" a sentence before rarely describes a count standing alone.
		const paired = c.previous !== undefined && mentionKind(c.previous.mention) === 'money';
		const carried =
			hit?.indicator === 'contribution_aid_participants' ||
			(hit?.indicator === 'claims_claimants' && paired);
		if (hit && (c.kind !== 'count' || carried)) {
			return { indicator: hit.indicator, tier: 'earlier', cue: hit.cue };
		}
		if (hit) break;
	}
	const coverage = COVERAGE.exec(sentence(c))?.[0];
	COVERAGE.lastIndex = 0;
	if (c.kind === 'percent') {
		if (coverage !== undefined) return { indicator: 'coverage_rate', tier: 'near', cue: coverage };
		// A bare percent with no word of coverage around it is most often something else.
		const earlier = c.earlier.some((s) => has(COVERAGE, s));
		return earlier ? { indicator: 'coverage_rate', tier: 'earlier', cue: 'persen' } : undefined;
	}
	if (c.kind === 'count' && coverage !== undefined) {
		return { indicator: 'active_participants', tier: 'guess', cue: coverage };
	}
	return undefined;
}
