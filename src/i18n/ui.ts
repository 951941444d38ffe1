/**
 * Interface strings in both languages. The Indonesian table is the reference: the English
 * one must have exactly the same keys and types, so a missing string fails the type check.
 * Domain labels (segments, programmes, units…) come from src/lib/schema/enums.ts and the
 * indicator registry, not from here.
 */
import { formatNumber } from '../lib/format/number.ts';
import type { Locale } from '../lib/format/locale.ts';
import type { CheckStatus } from '../lib/schema/analysis.ts';
import type { Breakdown } from '../lib/schema/enums.ts';
import type { RegionKind } from '../lib/schema/region.ts';

// Components capitalise badge words with the one helper in src/lib/format.
export { capitalize } from '../lib/format/capitalize.ts';

const num = (locale: Locale) => (n: number) => formatNumber(n, locale);
const idn = num('id');
const eng = num('en');

const id = {
	// shell
	skipLink: 'Langsung ke konten',
	navLabel: 'Menu utama',
	home: 'Beranda',
	navRegions: 'Wilayah',
	navCompare: 'Bandingkan',
	navIndicators: 'Indikator',
	navSources: 'Sumber',
	navQuality: 'Kualitas data',
	navMethod: 'Metodologi',
	navData: 'Data',
	navSearch: 'Cari',
	otherLanguage: 'English',
	breadcrumb: 'Lokasi halaman',
	siteDescription:
		'Cakupan kepesertaan BPJS Ketenagakerjaan, bantuan iuran dari pemerintah daerah dan klaim yang dibayar, per wilayah, setiap angka dengan sumber dan kutipannya.',
	siteTopic: 'Jaminan sosial ketenagakerjaan',
	footerIndependent:
		'Pantau Jamsostek adalah situs independen. Situs ini bukan milik dan tidak berafiliasi dengan BPJS Ketenagakerjaan.',
	dataVersion: 'Versi data',
	footerLicenseData: 'Data:',
	footerLicenseUnless: 'kecuali bila sumbernya melarang.',
	footerLicenseCode: 'Kode:',
	footerAreaData: 'Daftar provinsi dan kabupaten/kota dari',
	footerIssues: 'Laporkan masalah',
	contribute: 'Cara berkontribusi',
	howToContribute: 'cara berkontribusi',

	// common words
	source: 'Sumber',
	sources: 'Sumber',
	details: 'rincian',
	computed: 'dihitung',
	computedFrom: 'Dihitung dari:',
	permalink: 'Tautan tetap',
	citeHowSummary: 'Cara mengutip angka',
	citeHowText:
		'Nama setiap angka adalah tautan tetapnya. Kutip dengan pola: Pantau Jamsostek (tahun versi data). Angka, wilayah, periode: nilai. Sumber: penerbit, tanggal. Tautan tetap (versi data). Contoh, baris pertama tabel:',
	reportProblem: 'laporkan masalah',
	reportHint:
		'Ada angka yang salah atau salah kutip? Salin tautan tetapnya (tautan pada nama angka), lalu',
	note: 'Catatan',
	none: 'tidak ada',
	code: 'kode',
	hasData: 'ada data',
	noData: 'belum ada data',
	wholeRegion: 'Seluruh wilayah',
	publisher: 'Penerbit',
	published: 'Terbit',
	accessed: 'Diakses',
	kind: 'Jenis',
	link: 'Tautan',
	linkUnknown:
		'Tautan ke sumber ini tidak diketahui; catatan di bawah menjelaskan dari mana teksnya diperoleh.',
	archived: 'arsip',
	quoted: 'Yang dikutip',
	license: 'Lisensi',
	downloads: 'Unduh data',
	cite: 'Kutip halaman ini',
	citeIntro:
		'Sebutkan halaman, versi data dan tanggal akses. Tanggal akses sama dengan versi data, sehingga kutipan tetap berlaku untuk angka yang sama.',
	citePlain: 'Teks biasa',
	figuresCount: (n: number) => `${idn(n)} angka`,
	regionsCount: (n: number) => `${idn(n)} wilayah`,
	regionKind: {
		province: 'Provinsi',
		regency: 'Kabupaten',
		city: 'Kota',
		country: 'Nasional',
		bpjs_office: 'Wilayah kantor BPJS Ketenagakerjaan',
	} satisfies Record<RegionKind, string>,
	breakdownName: {
		segment: 'segmen',
		program: 'program',
		funding: 'sumber dana',
		level: 'jenjang sekolah',
	} satisfies Record<Breakdown, string>,
	checkStatus: {
		pass: 'Cocok',
		within_rounding: 'Cocok dalam pembulatan',
		mismatch: 'Tidak cocok',
	} satisfies Record<CheckStatus, string>,

	// table columns
	colRegion: 'Wilayah',
	colFigure: 'Angka',
	colBreakdown: 'Rincian',
	colPeriod: 'Periode',
	colValue: 'Nilai',
	colSource: 'Sumber',
	colSourceQuote: 'Sumber dan kutipan',
	colQuote: 'Kutipan',
	colLinks: 'Tautan',
	colFormula: 'Rumus',
	colIndicator: 'Indikator',
	colUnit: 'Satuan',
	colFigures: 'Angka',

	// headline
	summary: 'Ringkasan',
	hlCoverage: 'Cakupan kepesertaan',
	hlCoverageHint:
		'Bagian pekerja sasaran yang menjadi peserta BPJS Ketenagakerjaan (Universal Coverage Jamsostek).',
	hlCoverageNow: 'Cakupan terbaru',
	hlAllSegments: 'Semua segmen',
	hlAid: (year: string) => `Bantuan iuran ${year}`,
	hlAidHint:
		'Uang pemerintah daerah atau desa untuk membayar iuran pekerja, biasanya pekerja rentan.',
	hlBudget: 'Anggaran',
	hlAidPeople: 'Penerima',
	hlPerMonth: 'Biaya per pekerja per bulan',
	hlClaims: 'Klaim dibayar',
	hlClaimsPaid: 'Nilai klaim',
	hlClaimants: 'Penerima klaim',

	// region page
	regionDescription: (name: string, figures: number, sources: number) =>
		`Cakupan kepesertaan, bantuan iuran dan klaim BPJS Ketenagakerjaan di ${name}: ${idn(figures)} angka dari ${idn(sources)} sumber, masing-masing dengan kutipannya.`,
	figuresFromSources: (figures: number, sources: number) =>
		`${idn(figures)} angka dari ${idn(sources)} sumber`,
	outdated: (newest: string, version: string) =>
		`Angka terbaru wilayah ini berakhir ${newest}, lebih dari setahun sebelum versi data (${version}). Angka-angka ini mungkin sudah tidak mutakhir.`,
	relParent: 'Provinsi',
	relChildren: 'Kabupaten/kota dengan data',
	relCovers: 'Provinsi yang dilayani',
	relCoveredBy: 'Dilayani kantor wilayah',
	charts: 'Grafik',
	checksTitle: 'Pemeriksaan silang',
	checksIntro:
		'Angka dari satu sumber dicocokkan dengan angka lain dari sumber yang sama (jumlah, persentase, rata-rata) dengan toleransi pembulatan. Angka yang tidak cocok tidak diperbaiki: keduanya ditampilkan.',
	noChecks: 'Belum ada pemeriksaan silang atau konflik untuk wilayah ini.',
	conflict: 'Konflik',
	checkReported: 'Angka yang diperiksa',
	checkInputs: 'Dihitung dari',
	checksAgreeCaption: (n: number) => `${n} pemeriksaan yang cocok`,
	colArithmetic: 'Hitungan',
	colResult: 'Hasil',
	derivedTitle: 'Angka turunan',
	derivedIntro:
		'Angka ini tidak tertulis di sumber mana pun: dihitung dari angka yang dilaporkan, dengan rumus yang ditampilkan.',
	derivedCaption: (name: string) => `Angka turunan untuk ${name}`,
	allFigures: 'Semua angka',
	allFiguresCaption: (name: string) =>
		`Semua angka yang dilaporkan untuk ${name}, masing-masing dengan sumber dan kutipannya`,
	quotesUsed: (n: number) => `Kutipan yang dipakai (${idn(n)})`,
	dlFigures: 'Angka',
	dlDerived: 'Angka turunan',
	dlChecks: 'Pemeriksaan silang',
	dlConflicts: 'Konflik antarsumber',
	dlZip: 'Unduh data wilayah ini (ZIP)',
	dlZipHolds: 'Tabel CSV di dalamnya, dengan README dan lisensi:',
	dlLicense: 'Data berlisensi CC BY 4.0; sebutkan Pantau Jamsostek dan sumber aslinya.',
	dlMore: 'Semua unduhan dan penjelasan kolom',

	// home
	homeIntro1:
		'Pantau Jamsostek menunjukkan, untuk setiap wilayah di Indonesia, berapa banyak pekerja yang terlindungi BPJS Ketenagakerjaan, berapa anggaran pemerintah daerah untuk membayar iuran pekerja rentan, dan berapa klaim yang dibayar.',
	homeIntro2:
		'Setiap angka berasal dari artikel atau dokumen yang disebutkan, lengkap dengan kutipan persisnya, dan diperiksa silang dengan angka lain.',
	homeCounts: (figures: string, sources: string, regions: string) =>
		`Saat ini: ${figures} angka dari ${sources} sumber untuk ${regions} wilayah.`,
	homeNational: 'Gambaran nasional',
	noNational: 'Belum ada angka nasional.',
	homeNationalMore: 'Semua angka nasional',
	homeMap: 'Peta cakupan per provinsi',
	homeRanking: 'Wilayah dengan data',
	homeRankingIntro:
		'Diurutkan menurut cakupan kepesertaan terbaru. Periode dan sumber berbeda-beda, jadi bandingkan dengan hati-hati.',
	rankingCaption: 'Wilayah dengan data, menurut cakupan kepesertaan terbaru',
	noCoverage: 'belum ada angka cakupan',
	homeRankingCut: (total: number) =>
		`${idn(total)} wilayah punya data; di bawah ini hanya yang cakupan terbarunya tertinggi dan terendah.`,
	homeRankingWithout: (n: number) => `${idn(n)} wilayah belum punya angka cakupan.`,
	homeRankingAll: 'Semua wilayah dibandingkan menurut cakupan kepesertaan',
	homeRankingIndex: 'Daftar semua wilayah',
	rankingCaptionHighest: (n: number) => `${idn(n)} wilayah dengan cakupan terbaru tertinggi`,
	rankingCaptionLowest: (n: number) => `${idn(n)} wilayah dengan cakupan terbaru terendah`,
	homeLatest: 'Sumber terbaru',
	allSources: 'Semua sumber',
	homeSections: 'Jelajahi',
	homeRegions: 'Semua provinsi dan kabupaten/kota, dengan atau tanpa data.',
	homeCompare: 'Bandingkan wilayah pada satu indikator.',
	homeIndicators: 'Apa arti setiap angka dan bagaimana menghitungnya.',
	homeSources: 'Artikel dan dokumen asal angka, dengan kutipannya.',
	homeQuality: 'Angka yang tidak cocok dan sumber yang saling bertentangan.',
	homeMethod: 'Program, segmen, rumus cakupan, dan cara berkontribusi.',
	homeData: 'Unduh semua angka sebagai CSV dan JSON.',
	homeSearch: 'Cari wilayah, sumber atau indikator.',

	// regions index
	regionsDescription:
		'Semua provinsi dan kabupaten/kota di Indonesia: mana yang sudah punya angka jaminan sosial ketenagakerjaan, mana yang belum.',
	regionsIntro: (withData: string, all: string) =>
		`${withData} dari ${all} wilayah sudah punya angka. Wilayah lain menunggu kontribusi Anda.`,
	otherAreas: 'Nasional dan wilayah kantor BPJS',
	otherAreasIntro:
		'Wilayah ini tidak ada di daftar resmi Kemendagri: angka nasional dan angka untuk wilayah kerja kantor BPJS Ketenagakerjaan.',
	provinces: 'Provinsi dan kabupaten/kota',
	provinceSummary: (children: string, withData: string) =>
		`${children} kabupaten/kota · ${withData} dengan data`,

	// compare
	compareDescription: 'Bandingkan wilayah pada satu indikator jaminan sosial ketenagakerjaan.',
	compareIntro:
		'Pilih indikator. Setiap wilayah ditampilkan dengan nilai realisasi terbarunya tanpa rincian, beserta periode dan sumbernya.',
	compareOneDescription: (label: string) =>
		`${label}: nilai terbaru setiap wilayah, diurutkan, dengan periode dan sumber.`,
	compareNote:
		'Nilai terbaru setiap wilayah (realisasi, tanpa rincian segmen atau program). Periode dan sumber berbeda-beda.',
	compareCaption: (label: string) => `${label}: nilai terbaru per wilayah, dari tertinggi`,
	compareOnlyNational: 'Baru ada angka nasional untuk indikator ini.',
	nationalReference: 'Nasional, sebagai pembanding',
	indicatorAll: 'Semua nilai indikator ini',
	compareLink: (label: string) => `Bandingkan wilayah: ${label}`,

	// indicators
	indicatorsDescription:
		'Daftar indikator jaminan sosial ketenagakerjaan: definisi, satuan, dan nilai setiap wilayah.',
	indicatorsIntro:
		'Setiap indikator punya definisi dan satuan. Indikator yang belum punya angka ditandai "belum dilaporkan".',
	indicatorsCaption: 'Semua indikator',
	notReported: 'belum dilaporkan',
	notReportedLong: 'Belum dilaporkan: belum ada sumber yang menyebutkan angka untuk indikator ini.',
	indicatorKind: 'Jenis',
	breakdowns: 'Rincian yang mungkin',
	identifier: 'Kode',
	formulas: 'Rumus angka turunan',
	valuesByRegion: 'Nilai per wilayah',
	indicatorCaption: (label: string) => `${label}: nilai terbaru yang dilaporkan, per wilayah`,
	indicatorOlder: (n: string) =>
		`${n} nilai yang lebih lama ada di halaman angka tiap wilayah dan di unduhan data.`,
	indicatorLocal: (n: string) =>
		`Agar halaman tetap ringan, tabel di sini memuat nilai nasional, provinsi dan wilayah kantor BPJS. ${n} nilai terbaru kabupaten/kota ada di halaman per provinsi:`,
	indicatorByProvince: 'Kabupaten dan kota, per provinsi',
	valuesCount: (n: string) => `${n} nilai`,
	indicatorProvinceTitle: (label: string, province: string) =>
		`${label}: kabupaten dan kota di ${province}`,
	indicatorProvinceLede: (label: string, province: string) =>
		`${label}: nilai terbaru tiap kabupaten dan kota di ${province}, per rangkaian data. Nilai provinsi dan nasional ada di halaman indikator.`,
	derivedCaptionIndicator: (label: string) => `${label}: nilai terbaru yang dihitung, per wilayah`,

	// sources
	sourcesDescription: 'Semua artikel dan dokumen asal angka di Pantau Jamsostek.',
	sourcesIntro:
		'Setiap angka di situs ini dibaca dari salah satu sumber berikut, dengan kutipan persisnya.',
	sourceDescription: (publisher: string, figures: number) =>
		`${publisher}: ${idn(figures)} angka jaminan sosial ketenagakerjaan dibaca dari sumber ini, masing-masing dengan kutipannya.`,
	sourcesSplitLede: (total: number, newest: number) =>
		`${idn(total)} sumber. Di bawah ini ${idn(newest)} sumber terbaru; semua sumber tercantum per tahun terbit.`,
	sourcesByYear: 'Per tahun terbit',
	sourcesNewest: 'Sumber terbaru',
	sourcesCount: (n: number) => `${idn(n)} sumber`,
	sourceYearTitle: (year: string) => `Sumber terbitan ${year}`,
	sourceYearLede: (n: number, year: string) =>
		`${idn(n)} artikel dan dokumen asal angka yang terbit pada ${year}, terbaru lebih dulu.`,
	sourceRegions: 'Wilayah',
	sourceFigures: 'Angka dari sumber ini',
	sourceCaption: (n: number) => `${idn(n)} angka yang dibaca dari sumber ini, dengan kutipannya`,
	andOtherSources: (n: number) => `dan ${idn(n)} sumber lain`,

	// data quality
	qualityDescription:
		'Semua angka yang tidak cocok dan semua konflik antarsumber, dengan perhitungannya.',
	qualityIntro:
		'Di sini semua hasil pemeriksaan silang yang tidak cocok dan semua konflik antarsumber. Angka tidak pernah diperbaiki diam-diam: kedua sisi dan perhitungannya ditampilkan.',
	qualityCounts: (
		checks: string,
		pass: string,
		rounding: string,
		mismatch: string,
		conflicts: string,
	) =>
		`${checks} pemeriksaan: ${pass} cocok, ${rounding} cocok dalam batas pembulatan, ${mismatch} tidak cocok. ${conflicts} konflik antarsumber.`,
	qualityHow: 'Cara pemeriksaan bekerja',
	methodChecksAnchor: 'pemeriksaan-silang',
	mismatches: 'Tidak cocok',
	conflicts: 'Konflik antarsumber',
	noMismatches: 'Tidak ada hasil pemeriksaan yang tidak cocok.',
	noConflicts: 'Tidak ada konflik antarsumber.',
	qualityLocal: (n: string) =>
		`Agar halaman ini bisa dibaca sekilas, di sini hanya selisih, konflik, serta rencana dan realisasi tingkat nasional, provinsi dan wilayah kantor BPJS. ${n} lainnya, di kabupaten/kota, ada di halaman per provinsi:`,
	qualityByProvince: 'Kabupaten dan kota, per provinsi',
	qualityItems: (n: string) => `${n} selisih, konflik, rencana dan realisasi`,
	qualityProvinceTitle: (province: string) => `Kualitas data: kabupaten dan kota di ${province}`,
	qualityProvinceLede: (province: string) =>
		`Setiap angka yang tidak cocok dan setiap konflik antarsumber di kabupaten dan kota di ${province}, dengan perhitungannya. Tingkat provinsi dan nasional ada di halaman kualitas data.`,

	// data page
	dataDescription:
		'Unduh semua angka, angka turunan, pemeriksaan silang dan konflik sebagai tabel CSV dalam satu ZIP, dengan sumber dan kutipan setiap angka.',
	dataIntro:
		'Semua angka di situs ini bisa diunduh. Setiap baris membawa asal-usulnya: sumber, tautan, kutipan persis dan tanggal.',
	dataAccounting: (read: string, accepted: string, rejected: string, sources: string) =>
		`${read} baris dibaca dari ${sources} sumber: ${accepted} angka diterbitkan, ${rejected} ditolak.`,
	dataAll: 'Seluruh data',
	dlFiguresAll: 'Semua angka yang dilaporkan',
	dlDerivedAll: 'Semua angka turunan',
	dlChecksAll: 'Semua pemeriksaan silang',
	dlConflictsAll: 'Semua konflik antarsumber',
	dataPackage: 'skema setiap tabel (Frictionless Data Package)',
	dataBundle: 'Unduh seluruh data (ZIP)',
	dataBundleHolds: 'Isinya, tabel CSV yang bisa dibuka di program lembar kerja:',
	dataProvenance: 'Kolom asal-usul',
	dataColumns: [
		{
			columns: 'id, page_url',
			text: 'id angka yang stabil dan tautan tetapnya (jangkar #f-… di halaman wilayah)',
		},
		{
			columns: 'region_code, region_name, indicator, segment, program, funding, level, basis, plan',
			text: 'wilayah, indikator, rincian, dasar (realisasi, target, rencana) dan rencana yang menetapkan target',
		},
		{
			columns: 'period, period_start, period_end, value, unit, qualifier',
			text: 'periode, nilai mesin (titik sebagai tanda desimal), satuan dan keterangan ("sekitar", "lebih dari")',
		},
		{ columns: 'quote, note', text: 'kutipan persis dari sumber, dan catatan pencatat' },
		{
			columns:
				'source_id, source_title, source_publisher, source_url, source_archived_url, source_published, source_accessed',
			text: 'sumber: judul, penerbit, tautan (kosong bila tidak diketahui), tanggal terbit dan tanggal akses',
		},
		{
			columns: 'formula_id, formula_en, inputs; arithmetic_id, expected, difference, tolerance',
			text: 'untuk angka turunan dan pemeriksaan: rumus, angka masukan, perhitungan, selisih dan toleransi pembulatan',
		},
	],
	dataPerRegion: 'Per wilayah',
	dataPerRegionIntro:
		'Setiap wilayah dengan data punya satu ZIP berisi tabel CSV angka, angka turunan, pemeriksaan dan konfliknya, metadata.json, dan README berisi cara mengutip dan lisensi.',
	dataLicense1: 'Data Pantau Jamsostek berlisensi',
	dataLicense2:
		', kecuali bila sebuah sumber melarang penggunaan ulang. Sebutkan Pantau Jamsostek dan sumber aslinya.',
	dataLicenseAreas: 'Daftar provinsi dan kabupaten/kota beserta kodenya berasal dari',
	dataLicenseAreasBy: '© para kontributornya, berlisensi',
	dataLicenseCode: 'Kode situs berlisensi',
	dataCiteTitle: 'Data jaminan sosial ketenagakerjaan per wilayah',

	// changes
	navChanges: 'Perubahan',
	changesTitle: 'Perubahan data',
	changesDescription:
		'Sumber yang ditambahkan ke Pantau Jamsostek, terbaru di atas, dengan angka yang dibawa setiap sumber.',
	changesUnit:
		'Di situs ini satu perubahan data adalah satu sumber: setiap artikel atau dokumen punya satu folder data, dan semua angka yang dibaca darinya masuk bersama-sama.',
	changesOrder: 'Terbaru di atas, dikelompokkan menurut tanggal sumber diakses. Saat ini:',
	changesMethod: 'Cara sumber dibaca dan angkanya diperiksa:',
	changesData: 'Semua angka sebagai CSV dan JSON:',
	changesFeed: 'Ikuti perubahan lewat',
	changesEmpty: 'Belum ada sumber.',
	changesOlder: (listed: number, older: number) =>
		`Halaman ini memuat ${formatNumber(listed, 'id')} sumber terbaru; ${formatNumber(older, 'id')} sumber yang lebih lama ada di daftar`,
	changesNoFigures: 'Sumber ini belum membawa angka.',
	changesFigures: (n: number) => `Angka yang dibawa sumber ini (${idn(n)})`,
	changesCaption: (n: number) =>
		`${idn(n)} angka yang dibaca dari sumber ini, dengan tautan tetapnya`,

	// search
	searchDescription: 'Cari wilayah, sumber dan indikator di Pantau Jamsostek.',
	searchIntro: 'Cari nama wilayah, penerbit, orang yang dikutip atau indikator.',
	searchLabel: 'Cari wilayah, sumber atau indikator',
	searchButton: 'Cari',
	searchNoJs: 'Tanpa JavaScript, tombol ini membuka daftar semua wilayah.',

	// 404
	notFoundTitle: 'Halaman tidak ditemukan',
	notFoundText:
		'Alamat ini tidak ada di Pantau Jamsostek. Mungkin tautannya salah atau sudah dipindah.',
	notFoundHome: 'Ke beranda',
	notFoundRegions: 'Daftar wilayah',
};

/** The strings of one locale. */
export type UiStrings = typeof id;

const en: UiStrings = {
	skipLink: 'Skip to content',
	navLabel: 'Main menu',
	home: 'Home',
	navRegions: 'Regions',
	navCompare: 'Compare',
	navIndicators: 'Indicators',
	navSources: 'Sources',
	navQuality: 'Data quality',
	navMethod: 'Methodology',
	navData: 'Data',
	navSearch: 'Search',
	otherLanguage: 'Bahasa Indonesia',
	breadcrumb: 'Breadcrumb',
	siteDescription:
		"BPJS Ketenagakerjaan coverage, regional governments' contribution aid and claims paid, by region, every figure with its source and quote.",
	siteTopic: 'Employment social security',
	footerIndependent:
		'Pantau Jamsostek is an independent site. It is not run by, nor affiliated with, BPJS Ketenagakerjaan.',
	dataVersion: 'Data version',
	footerLicenseData: 'Data:',
	footerLicenseUnless: 'unless a source forbids it.',
	footerLicenseCode: 'Code:',
	footerAreaData: 'List of provinces and regencies/cities from',
	footerIssues: 'Report a problem',
	contribute: 'How to contribute',
	howToContribute: 'how to contribute',

	source: 'Source',
	sources: 'Sources',
	details: 'details',
	computed: 'computed',
	computedFrom: 'Computed from:',
	permalink: 'Permalink',
	citeHowSummary: 'How to cite a figure',
	citeHowText:
		'The name of each figure is its permalink. Cite it as: Pantau Jamsostek (year of the data version). Figure, region, period: value. Source: publisher, date. Permalink (data version). For example, the first row of the table:',
	reportProblem: 'report a problem',
	reportHint: 'A figure wrong or misquoted? Copy its permalink (the link on its name), then',
	note: 'Note',
	none: 'none',
	code: 'code',
	hasData: 'has data',
	noData: 'no data yet',
	wholeRegion: 'Whole region',
	publisher: 'Publisher',
	published: 'Published',
	accessed: 'Accessed',
	kind: 'Kind',
	link: 'Link',
	linkUnknown:
		'The link to this source is not known; the note below explains where its text came from.',
	archived: 'archive',
	quoted: 'Quoted',
	license: 'Licence',
	downloads: 'Download the data',
	cite: 'Cite this page',
	citeIntro:
		'Name the page, the data version and the access date. The access date is the data version, so the citation keeps pointing at the same figures.',
	citePlain: 'Plain text',
	figuresCount: (n: number) => `${eng(n)} ${n === 1 ? 'figure' : 'figures'}`,
	regionsCount: (n: number) => `${eng(n)} ${n === 1 ? 'region' : 'regions'}`,
	regionKind: {
		province: 'Province',
		regency: 'Regency',
		city: 'City',
		country: 'National',
		bpjs_office: 'BPJS Ketenagakerjaan office area',
	},
	breakdownName: {
		segment: 'segment',
		program: 'programme',
		funding: 'funding',
		level: 'school level',
	},
	checkStatus: {
		pass: 'Consistent',
		within_rounding: 'Consistent within rounding',
		mismatch: 'Does not add up',
	},

	colRegion: 'Region',
	colFigure: 'Figure',
	colBreakdown: 'Breakdown',
	colPeriod: 'Period',
	colValue: 'Value',
	colSource: 'Source',
	colSourceQuote: 'Source and quote',
	colQuote: 'Quote',
	colLinks: 'Links',
	colFormula: 'Formula',
	colIndicator: 'Indicator',
	colUnit: 'Unit',
	colFigures: 'Figures',

	summary: 'Summary',
	hlCoverage: 'Coverage',
	hlCoverageHint:
		'Share of workers in scope who are BPJS Ketenagakerjaan participants (Universal Coverage Jamsostek).',
	hlCoverageNow: 'Latest coverage',
	hlAllSegments: 'All segments',
	hlAid: (year: string) => `Contribution aid ${year}`,
	hlAidHint:
		"Regional or village government money that pays workers' contributions, usually for vulnerable workers.",
	hlBudget: 'Budget',
	hlAidPeople: 'Recipients',
	hlPerMonth: 'Cost per worker per month',
	hlClaims: 'Claims paid',
	hlClaimsPaid: 'Amount paid',
	hlClaimants: 'Claim recipients',

	regionDescription: (name: string, figures: number, sources: number) =>
		`BPJS Ketenagakerjaan coverage, contribution aid and claims in ${name}: ${eng(figures)} figures from ${eng(sources)} ${sources === 1 ? 'source' : 'sources'}, each with its quote.`,
	figuresFromSources: (figures: number, sources: number) =>
		`${eng(figures)} ${figures === 1 ? 'figure' : 'figures'} from ${eng(sources)} ${sources === 1 ? 'source' : 'sources'}`,
	outdated: (newest: string, version: string) =>
		`The newest figure of this region ends on ${newest}, more than a year before the data version (${version}). These figures may be out of date.`,
	relParent: 'Province',
	relChildren: 'Regencies and cities with data',
	relCovers: 'Provinces served',
	relCoveredBy: 'Served by the regional office',
	charts: 'Charts',
	checksTitle: 'Cross-checks',
	checksIntro:
		"A source's figures are checked against its other figures (sums, percentages, averages) with a rounding tolerance. Figures that do not add up are not corrected: both are shown.",
	noChecks: 'No cross-checks or conflicts for this region yet.',
	conflict: 'Conflict',
	checkReported: 'Figure checked',
	checkInputs: 'Computed from',
	checksAgreeCaption: (n: number) => `${n} ${n === 1 ? 'check that agrees' : 'checks that agree'}`,
	colArithmetic: 'Arithmetic',
	colResult: 'Result',
	derivedTitle: 'Derived figures',
	derivedIntro:
		'These figures are not written in any source: they are computed from reported figures with the formula shown.',
	derivedCaption: (name: string) => `Derived figures for ${name}`,
	allFigures: 'All figures',
	allFiguresCaption: (name: string) =>
		`Every figure reported for ${name}, each with its source and quote`,
	quotesUsed: (n: number) => `Quotes used (${eng(n)})`,
	dlFigures: 'Figures',
	dlDerived: 'Derived figures',
	dlChecks: 'Cross-checks',
	dlConflicts: 'Conflicts between sources',
	dlZip: 'Download this region’s data (ZIP)',
	dlZipHolds: 'The CSV tables inside, with a README and the licence:',
	dlLicense: 'The data is licensed CC BY 4.0; credit Pantau Jamsostek and the original source.',
	dlMore: 'All downloads and what the columns mean',

	homeIntro1:
		"Pantau Jamsostek shows, for every region of Indonesia, how many workers are protected by BPJS Ketenagakerjaan (employment social security), what regional governments spend to pay vulnerable workers' contributions, and what claims were paid.",
	homeIntro2:
		'Every number comes from a named article or document, with its exact quote, and is cross-checked against other figures.',
	homeCounts: (figures: string, sources: string, regions: string) =>
		`Currently: ${figures} figures from ${sources} sources for ${regions} regions.`,
	homeNational: 'The national picture',
	noNational: 'No national figures yet.',
	homeNationalMore: 'All national figures',
	homeMap: 'Coverage by province',
	homeRanking: 'Regions with data',
	homeRankingIntro: 'Ranked by latest coverage. Periods and sources differ, so compare with care.',
	rankingCaption: 'Regions with data, by latest coverage',
	noCoverage: 'no coverage figure yet',
	homeRankingCut: (total: number) =>
		`${eng(total)} regions have data; below are only those with the highest and the lowest latest coverage.`,
	homeRankingWithout: (n: number) =>
		`${eng(n)} ${n === 1 ? 'region has' : 'regions have'} no coverage figure yet.`,
	homeRankingAll: 'All regions compared by coverage',
	homeRankingIndex: 'List of all regions',
	rankingCaptionHighest: (n: number) => `The ${eng(n)} regions with the highest latest coverage`,
	rankingCaptionLowest: (n: number) => `The ${eng(n)} regions with the lowest latest coverage`,
	homeLatest: 'Latest sources',
	allSources: 'All sources',
	homeSections: 'Explore',
	homeRegions: 'Every province and regency/city, with or without data.',
	homeCompare: 'Compare regions on one indicator.',
	homeIndicators: 'What each figure means and how it is computed.',
	homeSources: 'The articles and documents the figures come from, with their quotes.',
	homeQuality: 'Figures that do not add up and sources that disagree.',
	homeMethod: 'Programmes, segments, the coverage formula, and how to contribute.',
	homeData: 'Download every figure as CSV and JSON.',
	homeSearch: 'Search regions, sources or indicators.',

	regionsDescription:
		'Every province and regency/city of Indonesia: which already have employment social security figures and which do not.',
	regionsIntro: (withData: string, all: string) =>
		`${withData} of ${all} regions have figures. The others await your contribution.`,
	otherAreas: 'National and BPJS office areas',
	otherAreasIntro:
		'These areas are not in the official Ministry of Home Affairs list: national figures, and figures for the areas of BPJS Ketenagakerjaan offices.',
	provinces: 'Provinces and regencies/cities',
	provinceSummary: (children: string, withData: string) =>
		`${children} regencies/cities · ${withData} with data`,

	compareDescription: 'Compare regions on one employment social security indicator.',
	compareIntro:
		'Pick an indicator. Each region is shown with its latest actual value without breakdown, with period and source.',
	compareOneDescription: (label: string) =>
		`${label}: the latest value of every region, sorted, with period and source.`,
	compareNote:
		"Each region's latest value (actual, without segment or programme breakdown). Periods and sources differ.",
	compareCaption: (label: string) => `${label}: latest value per region, highest first`,
	compareOnlyNational: 'Only a national figure exists for this indicator so far.',
	nationalReference: 'National, for reference',
	indicatorAll: 'All values of this indicator',
	compareLink: (label: string) => `Compare regions: ${label}`,

	indicatorsDescription:
		'The employment social security indicators: definition, unit, and every region’s values.',
	indicatorsIntro:
		'Each indicator has a definition and a unit. Indicators without any figure are marked "not reported yet".',
	indicatorsCaption: 'All indicators',
	notReported: 'not reported yet',
	notReportedLong: 'Not reported yet: no source has given a figure for this indicator.',
	indicatorKind: 'Kind',
	breakdowns: 'Possible breakdowns',
	identifier: 'Code',
	formulas: 'Formulas of derived values',
	valuesByRegion: 'Values by region',
	indicatorCaption: (label: string) => `${label}: latest reported values, by region`,
	indicatorOlder: (n: string) =>
		`${n} older values are on each region's figures page and in the data downloads.`,
	indicatorLocal: (n: string) =>
		`To keep this page light, its tables list national, provincial and BPJS office-area values. The ${n} latest values of regencies and cities are on a page per province:`,
	indicatorByProvince: 'Regencies and cities, by province',
	valuesCount: (n: string) => `${n} values`,
	indicatorProvinceTitle: (label: string, province: string) =>
		`${label}: regencies and cities in ${province}`,
	indicatorProvinceLede: (label: string, province: string) =>
		`${label}: the latest values of each regency and city in ${province}, by series. The province's and the national values are on the indicator's page.`,
	derivedCaptionIndicator: (label: string) => `${label}: latest computed values, by region`,

	sourcesDescription: 'Every article and document the figures on Pantau Jamsostek come from.',
	sourcesIntro:
		'Every figure on this site was read from one of these sources, with its exact quote.',
	sourceDescription: (publisher: string, figures: number) =>
		`${publisher}: ${eng(figures)} employment social security figures read from this source, each with its quote.`,
	sourcesSplitLede: (total: number, newest: number) =>
		`${eng(total)} sources. The ${eng(newest)} newest are listed below; every source is listed by year of publication.`,
	sourcesByYear: 'By year of publication',
	sourcesNewest: 'Newest sources',
	sourcesCount: (n: number) => `${eng(n)} ${n === 1 ? 'source' : 'sources'}`,
	sourceYearTitle: (year: string) => `Sources published in ${year}`,
	sourceYearLede: (n: number, year: string) =>
		`${eng(n)} ${n === 1 ? 'article or document' : 'articles and documents'} the figures come from, published in ${year}, newest first.`,
	sourceRegions: 'Regions',
	sourceFigures: 'Figures from this source',
	sourceCaption: (n: number) => `${eng(n)} figures read from this source, with their quotes`,
	andOtherSources: (n: number) => `and ${eng(n)} other ${n === 1 ? 'source' : 'sources'}`,

	qualityDescription:
		'Every figure that does not add up and every conflict between sources, with the arithmetic.',
	qualityIntro:
		'Here is every cross-check that does not add up and every conflict between sources. Nothing is silently corrected: both sides and the arithmetic are shown.',
	qualityCounts: (
		checks: string,
		pass: string,
		rounding: string,
		mismatch: string,
		conflicts: string,
	) =>
		`${checks} checks: ${pass} consistent, ${rounding} consistent within rounding, ${mismatch} do not add up. ${conflicts} conflicts between sources.`,
	qualityHow: 'How the checks work',
	methodChecksAnchor: 'cross-checks',
	mismatches: 'Does not add up',
	conflicts: 'Conflicts between sources',
	noMismatches: 'No cross-check fails.',
	noConflicts: 'No conflicts between sources.',
	qualityLocal: (n: string) =>
		`So that this page can be scanned, it lists only national, provincial and BPJS office-area mismatches, conflicts and plans beside their realisation. The ${n} of regencies and cities are on a page per province:`,
	qualityByProvince: 'Regencies and cities, by province',
	qualityItems: (n: string) => `${n} mismatches, conflicts and plan–realisation pairs`,
	qualityProvinceTitle: (province: string) => `Data quality: regencies and cities in ${province}`,
	qualityProvinceLede: (province: string) =>
		`Every figure that does not add up and every conflict between sources in the regencies and cities of ${province}, with the arithmetic. Provincial and national ones are on the data-quality page.`,

	dataDescription:
		'Download every figure, derived figure, cross-check and conflict as CSV tables in one ZIP, with the source and quote of each figure.',
	dataIntro:
		'Every figure on this site can be downloaded. Each row carries its provenance: source, link, exact quote and dates.',
	dataAccounting: (read: string, accepted: string, rejected: string, sources: string) =>
		`${read} rows read from ${sources} sources: ${accepted} figures published, ${rejected} rejected.`,
	dataAll: 'All data',
	dlFiguresAll: 'All reported figures',
	dlDerivedAll: 'All derived figures',
	dlChecksAll: 'All cross-checks',
	dlConflictsAll: 'All conflicts between sources',
	dataPackage: 'the schema of each table (Frictionless Data Package)',
	dataBundle: 'Download all data (ZIP)',
	dataBundleHolds: 'It holds CSV tables that open in any spreadsheet:',
	dataProvenance: 'Provenance columns',
	dataColumns: [
		{
			columns: 'id, page_url',
			text: 'a stable figure id and its permalink (the #f-… anchor on the region page)',
		},
		{
			columns: 'region_code, region_name, indicator, segment, program, funding, level, basis, plan',
			text: 'region, indicator, breakdown, basis (actual, target, planned) and the plan that sets a target',
		},
		{
			columns: 'period, period_start, period_end, value, unit, qualifier',
			text: 'period, machine value (dot as decimal mark), unit and qualifier ("about", "more than")',
		},
		{ columns: 'quote, note', text: "the source's exact words, and the recorder's note" },
		{
			columns:
				'source_id, source_title, source_publisher, source_url, source_archived_url, source_published, source_accessed',
			text: 'the source: title, publisher, link (empty when not known), publication and access dates',
		},
		{
			columns: 'formula_id, formula_en, inputs; arithmetic_id, expected, difference, tolerance',
			text: 'for derived figures and checks: formula, input figures, arithmetic, difference and rounding tolerance',
		},
	],
	dataPerRegion: 'By region',
	dataPerRegionIntro:
		'Every region with data has one ZIP with CSV tables of its figures, derived figures, checks and conflicts, metadata.json, and a README with how to cite and the licence.',
	dataLicense1: 'The Pantau Jamsostek data is licensed',
	dataLicense2: ', unless a source forbids reuse. Credit Pantau Jamsostek and the original source.',
	dataLicenseAreas: 'The list of provinces and regencies/cities with their codes comes from',
	dataLicenseAreasBy: '© its contributors, licensed',
	dataLicenseCode: 'The site’s code is licensed',
	dataCiteTitle: 'Employment social security data by region',

	navChanges: 'Changes',
	changesTitle: 'Data changes',
	changesDescription:
		'Sources added to Pantau Jamsostek, newest first, with the figures each source brought.',
	changesUnit:
		'On this site a change to the data is a source: each article or document has one data folder, and all the figures read from it arrive together.',
	changesOrder: 'Newest first, grouped by the date each source was accessed. Currently:',
	changesMethod: 'How sources are read and their figures checked:',
	changesData: 'Every figure as CSV and JSON:',
	changesFeed: 'Follow the changes by',
	changesEmpty: 'No sources yet.',
	changesOlder: (listed: number, older: number) =>
		`This page lists the ${formatNumber(listed, 'en')} newest sources; ${formatNumber(older, 'en')} older ones are in the list of`,
	changesNoFigures: 'This source has brought no figures yet.',
	changesFigures: (n: number) => `Figures this source brought (${eng(n)})`,
	changesCaption: (n: number) =>
		`${eng(n)} ${n === 1 ? 'figure' : 'figures'} read from this source, with their permalinks`,

	searchDescription: 'Search regions, sources and indicators on Pantau Jamsostek.',
	searchIntro: 'Search for a region, a publisher, a person quoted or an indicator.',
	searchLabel: 'Search regions, sources or indicators',
	searchButton: 'Search',
	searchNoJs: 'Without JavaScript, this button opens the list of all regions.',

	notFoundTitle: 'Page not found',
	notFoundText:
		'This address does not exist on Pantau Jamsostek. The link may be wrong or the page may have moved.',
	notFoundHome: 'Go to the home page',
	notFoundRegions: 'List of regions',
};

const ui: Record<Locale, UiStrings> = { id, en };

/** The interface strings of a locale. */
export function t(locale: Locale): UiStrings {
	return ui[locale];
}
