/**
 * Every closed vocabulary of the data model, defined once. zod schemas, TypeScript unions,
 * routes and labels all derive from these tables.
 */

/** A label in both site languages. */
export interface Label {
	id: string;
	en: string;
}

/** Builds a `{ code: label }` table and the tuple of its codes, in declaration order. */
function vocabulary<const C extends string>(table: Record<C, Label>) {
	return { labels: table, codes: Object.keys(table) as [C, ...C[]] };
}

/**
 * Participation segments and target groups. The first four are disjoint and add up to the
 * total; the groups overlap them.
 */
export const segment = vocabulary({
	PU: { id: 'Pekerja Penerima Upah (PU)', en: 'Wage earners (PU)' },
	BPU: { id: 'Pekerja Bukan Penerima Upah (BPU)', en: 'Non-wage earners (BPU)' },
	JAKON: { id: 'Jasa Konstruksi', en: 'Construction workers' },
	PMI: { id: 'Pekerja Migran Indonesia', en: 'Indonesian migrant workers' },
	NON_ASN: { id: 'Pegawai pemerintah non-ASN', en: 'Non-civil-servant government workers' },
	RENTAN: { id: 'Pekerja rentan', en: 'Vulnerable workers' },
	MISKIN_EKSTREM: { id: 'Pekerja miskin ekstrem', en: 'Extremely poor workers' },
	// The parts of a programme an article splits by occupation ("4.200 petani dan 700 nelayan",
	// "Aparat Desa 1.706"): target groups, never parts of the participant total. A programme's
	// recipients as a whole stay RENTAN however an outlet names them, so that sources agree.
	PERANGKAT_DESA: { id: 'Perangkat desa dan kelurahan', en: 'Village and ward officials' },
	NELAYAN: { id: 'Nelayan', en: 'Fishers' },
	PETANI: { id: 'Petani dan buruh tani', en: 'Farmers and farm workers' },
});
export type Segment = (typeof segment.codes)[number];
/** Segments and groups as a few words inside a sentence or a label suffix. */
export const SEGMENT_WORDS: Record<Segment, Label> = {
	PU: { id: 'PU', en: 'wage earners' },
	BPU: { id: 'BPU', en: 'non-wage earners' },
	JAKON: { id: 'jasa konstruksi', en: 'construction' },
	PMI: { id: 'pekerja migran', en: 'migrant workers' },
	NON_ASN: { id: 'non-ASN', en: 'non-civil-servants' },
	RENTAN: { id: 'pekerja rentan', en: 'vulnerable workers' },
	MISKIN_EKSTREM: { id: 'miskin ekstrem', en: 'extremely poor' },
	PERANGKAT_DESA: { id: 'perangkat desa', en: 'village officials' },
	NELAYAN: { id: 'nelayan', en: 'fishers' },
	PETANI: { id: 'petani', en: 'farmers' },
};
/** The segments that partition all participants (their sum is the total). */
export const PARTICIPATION_SEGMENTS: readonly Segment[] = ['PU', 'BPU', 'JAKON', 'PMI'];

export const program = vocabulary({
	JHT: { id: 'Jaminan Hari Tua (JHT)', en: 'Old-age savings (JHT)' },
	JKK: { id: 'Jaminan Kecelakaan Kerja (JKK)', en: 'Work accident insurance (JKK)' },
	JKM: { id: 'Jaminan Kematian (JKM)', en: 'Death benefit (JKM)' },
	JP: { id: 'Jaminan Pensiun (JP)', en: 'Pension (JP)' },
	JKP: { id: 'Jaminan Kehilangan Pekerjaan (JKP)', en: 'Job-loss insurance (JKP)' },
	BEASISWA: { id: 'Beasiswa', en: 'Scholarships' },
});
export type Program = (typeof program.codes)[number];
/**
 * The programmes whose claims add up to all claims: every one but BEASISWA, which is a benefit
 * of JKK and JKM and would count their money twice.
 */
export const INSURANCE_PROGRAMS: readonly Program[] = program.codes.filter((c) => c !== 'BEASISWA');

/**
 * Who pays. `APBD` is a regional budget the source does not place; `APBD_PROV` and
 * `APBD_KABKOTA` say whose. Several payers can fund the same region's workers in one year,
 * each its own series.
 */
export const funding = vocabulary({
	APBD: { id: 'APBD', en: 'Regional budget (APBD)' },
	APBD_PROV: { id: 'APBD provinsi', en: 'Provincial budget (APBD)' },
	APBD_KABKOTA: { id: 'APBD kabupaten/kota', en: 'Regency or city budget (APBD)' },
	APBDES: { id: 'APBDes (dana desa)', en: 'Village budget (APBDes)' },
	DBHCHT: { id: 'DBHCHT (cukai hasil tembakau)', en: 'Tobacco excise share (DBHCHT)' },
	DBH_SAWIT: {
		id: 'DBH sawit (dana bagi hasil perkebunan sawit)',
		en: 'Palm oil revenue share (DBH sawit)',
	},
	OTSUS: {
		id: 'Dana otonomi khusus (Otsus)',
		en: 'Special autonomy fund (Otsus)',
	},
	APBN: { id: 'APBN', en: 'State budget (APBN)' },
	CSR: { id: 'CSR perusahaan', en: 'Company CSR' },
	ZAKAT: { id: 'Lembaga zakat (Baznas)', en: 'Zakat body (Baznas)' },
	DONATION: {
		id: 'Donasi perorangan (mis. ASN peduli, GN Lingkaran)',
		en: 'Individual donors (e.g. civil servants, GN Lingkaran)',
	},
});
export type Funding = (typeof funding.codes)[number];
/** Payers as a few words inside a sentence or a label suffix. */
export const FUNDING_WORDS: Record<Funding, Label> = {
	APBD: { id: 'APBD', en: 'regional budget' },
	APBD_PROV: { id: 'APBD provinsi', en: 'provincial budget' },
	APBD_KABKOTA: { id: 'APBD kabupaten/kota', en: 'regency/city budget' },
	APBDES: { id: 'APBDes', en: 'village budget' },
	DBHCHT: { id: 'DBHCHT', en: 'tobacco excise share' },
	DBH_SAWIT: { id: 'DBH sawit', en: 'palm oil revenue share' },
	OTSUS: { id: 'dana Otsus', en: 'special autonomy fund' },
	APBN: { id: 'APBN', en: 'state budget' },
	CSR: { id: 'CSR', en: 'company CSR' },
	ZAKAT: { id: 'zakat', en: 'zakat' },
	DONATION: { id: 'donasi', en: 'donations' },
};

export const level = vocabulary({
	TK: { id: 'TK', en: 'Kindergarten' },
	SD: { id: 'SD', en: 'Primary school' },
	SMP: { id: 'SMP', en: 'Junior high school' },
	SMA: { id: 'SMA', en: 'Senior high school' },
	PT: { id: 'Perguruan tinggi', en: 'University' },
});
export type Level = (typeof level.codes)[number];

export const basis = vocabulary({
	actual: { id: 'realisasi', en: 'actual' },
	target: { id: 'target', en: 'target' },
	baseline: { id: 'baseline', en: 'baseline' },
	planned: { id: 'rencana', en: 'planned' },
	allocated: { id: 'alokasi', en: 'allocated' },
});
export type Basis = (typeof basis.codes)[number];
/** Bases whose period may lie after the source's publication date. */
export const FORWARD_LOOKING_BASES: readonly Basis[] = [
	'target',
	'baseline',
	'planned',
	'allocated',
];
/**
 * The stages of a budget from intention to money paid (DOMAIN §9), in order: figures of one
 * series and period at different stages sit side by side, never as a change over time.
 */
export const BUDGET_STAGES: readonly Basis[] = ['planned', 'allocated', 'actual'];
/** Bases that must name the plan that sets them. */
export const PLAN_BASES: readonly Basis[] = ['target', 'baseline'];

export const plan = vocabulary({
	RPJPN: { id: 'RPJPN', en: 'National long-term plan (RPJPN)' },
	RPJMN: { id: 'RPJMN', en: 'National medium-term plan (RPJMN)' },
	RPJPD: { id: 'RPJPD', en: 'Regional long-term plan (RPJPD)' },
	RPJMD: { id: 'RPJMD', en: 'Regional medium-term plan (RPJMD)' },
	RKP: { id: 'RKP', en: 'Annual government work plan (RKP)' },
	KEMENDAGRI: { id: 'Target Kemendagri', en: 'Ministry of Home Affairs target' },
	BPJS: { id: 'Target BPJS Ketenagakerjaan', en: 'BPJS Ketenagakerjaan target' },
	// A governor's, regent's or mayor's own target outside the RPJMD/RPJPD: a Pergub, Perbup,
	// Perwal, Perda, an instruction or a public commitment.
	PEMDA: { id: 'Target pemerintah daerah', en: 'Regional government target' },
	// The article gives the target but not who set it: recorded as such, never guessed.
	UNNAMED: { id: 'penetapnya tidak disebut', en: 'who set it is not stated' },
});
export type Plan = (typeof plan.codes)[number];

export const qualifier = vocabulary({
	approx: { id: 'sekitar', en: 'about' },
	at_least: { id: 'lebih dari', en: 'more than' },
	at_most: { id: 'kurang dari', en: 'less than' },
});
export type Qualifier = (typeof qualifier.codes)[number];

export const unit = vocabulary({
	percent: { id: 'persen', en: 'percent' },
	percent_change: { id: 'persen perubahan', en: 'percent change' },
	persons: { id: 'orang', en: 'people' },
	count: { id: 'jumlah', en: 'count' },
	idr: { id: 'rupiah', en: 'rupiah' },
	idr_per_person_month: { id: 'rupiah per orang per bulan', en: 'rupiah per person per month' },
	idr_per_person_year: { id: 'rupiah per orang per tahun', en: 'rupiah per person per year' },
	idr_per_person: { id: 'rupiah per orang', en: 'rupiah per person' },
	months: { id: 'bulan', en: 'months' },
	index: { id: 'indeks', en: 'index' },
	per_1000: { id: 'per 1.000', en: 'per 1,000' },
	rank: { id: 'peringkat', en: 'rank' },
	days: { id: 'hari', en: 'days' },
});
export type Unit = (typeof unit.codes)[number];
/** Units whose values are whole, non-negative counts. */
export const COUNT_UNITS: readonly Unit[] = ['persons', 'count', 'rank', 'months'];
/** Units in percent: compared in percentage points, printed with "persen" or "%". */
export const PERCENT_UNITS: readonly Unit[] = ['percent', 'percent_change'];

export const indicatorKind = vocabulary({
	stock: { id: 'posisi pada satu waktu', en: 'level at a point in time' },
	flow: { id: 'jumlah selama periode', en: 'amount over a period' },
});
export type IndicatorKind = (typeof indicatorKind.codes)[number];

/** The optional breakdown columns of `figures.csv`, in column order. */
export const BREAKDOWNS = ['segment', 'program', 'funding', 'level'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

export const sourceKind = vocabulary({
	news: { id: 'berita', en: 'news' },
	official: { id: 'dokumen resmi', en: 'official document' },
	report: { id: 'laporan', en: 'report' },
});
export type SourceKind = (typeof sourceKind.codes)[number];

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const areaKind = vocabulary({
	country: { id: 'nasional', en: 'national' },
	bpjs_office: { id: 'wilayah kantor BPJS', en: 'BPJS office area' },
});
export type AreaKind = (typeof areaKind.codes)[number];
