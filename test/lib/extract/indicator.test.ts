/**
 * Indicator guesses for the classes of mistake found on real articles (tuning half of
 * test/extract-corpus): short quotes of their wording, one row per case.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { extractCandidates, type ExtractOptions } from '../../../src/lib/extract/candidates.ts';
import { loadDataset } from '../../../src/lib/load/load-dataset.ts';

let options: ExtractOptions;
beforeAll(async () => {
	const { dataset } = await loadDataset('test/fixtures/valid/seeds');
	options = { regions: dataset.regions, indicators: dataset.indicators, articleDate: '2025-11-03' };
});

/** The indicator proposed for `raw` in `text`, '' when a row has none, undefined when no row. */
const indicatorOf = (text: string, raw: string) =>
	extractCandidates(text, options).candidates.find((c) => c.raw === raw)?.indicator;

describe('guessIndicator on real wording', () => {
	const cases: [label: string, text: string, raw: string, indicator: string | undefined][] = [
		// A change is not a level of coverage; a new level after "naik menjadi" is.
		['change', 'Klaim JKK naik 26,2 persen dari tahun sebelumnya.', '26,2 persen', undefined],
		[
			'change',
			'Kepesertaan meningkat 31,98 persen dibandingkan tahun sebelumnya.',
			'31,98 persen',
			undefined,
		],
		['level', 'Cakupan kepesertaan tersebut naik menjadi 41,28%.', '41,28%', 'coverage_rate'],
		// Percent of a target, the share still uncovered, a survey's answer.
		['of target', 'Penerimaan iuran mencapai 67,25% dari target.', '67,25%', undefined],
		[
			'uncovered',
			'Sekitar 49,13 persen yang belum terlindungi BPJS Ketenagakerjaan.',
			'49,13 persen',
			undefined,
		],
		[
			'survey',
			'Sebanyak 37,8 persen responden mengaku kurang tahu kepesertaan.',
			'37,8 persen',
			undefined,
		],
		// "tumbuh" alone is a rise of coverage, not growth of the economy.
		['growth', 'Target kepesertaan adalah 40% tumbuh 5% dari tahun 2024.', '5%', undefined],
		[
			'economy',
			'Pertumbuhan ekonomi Kalbar mencapai 4,88 persen.',
			'4,88 persen',
			'economic_growth',
		],
		// Counts of things, not of people.
		[
			'agencies',
			'Sebanyak 3 OPD telah mendaftarkan pegawai non-ASN sebagai peserta aktif.',
			'3',
			undefined,
		],
		[
			'regencies',
			'Anggaran untuk melindungi pekerja rentan di 14 kabupaten/kota.',
			'14',
			undefined,
		],
		[
			'rank',
			'UCJ Lampung berada diposisi 34 dari 38 provinsi dengan capaian peserta.',
			'34',
			undefined,
		],
		// A death benefit and a worker's monthly contribution are not claims paid or budgets.
		['benefit', 'Ahli waris akan mendapat santunan Rp42 juta.', 'Rp42 juta', undefined],
		[
			'contribution',
			'Pemkab membayar iuran Rp16.800 setiap bulan.',
			'Rp16.800',
			'contribution_aid_monthly_contribution',
		],
		[
			'budget',
			'Pemkab PPU mengalokasikan anggaran Rp3 miliar di APBD 2025.',
			'Rp3 miliar',
			'contribution_aid_budget',
		],
		// The base of coverage.
		[
			'base',
			'Data ini menunjukkan bahwa dari 854.203 pekerja di Sulut, baru sebagian terlindungi.',
			'854.203',
			'workers_in_scope',
		],
		['base', 'Di Padang Panjang ada sebanyak 19.654 angkatan kerja.', '19.654', 'workers_in_scope'],
		// "terdiri dari" (consists of) and "lebih dari" (more than) do not name a base.
		[
			'parts',
			'Mereka terdiri dari 44.724 pekerja penerima upah yang aktif.',
			'44.724',
			'active_participants',
		],
		[
			'uncovered',
			'Sebanyak 132.728 orang belum mendapatkan perlindungan BPJS Ketenagakerjaan.',
			'132.728',
			'uncovered_workers',
		],
		// Workers whose contributions a government pays.
		[
			'aid',
			'Pemkab resmi melindungi 14.880 pekerja rentan melalui APBD.',
			'14.880',
			'contribution_aid_participants',
		],
		[
			'aid',
			'Pemprov Kepri telah menanggung 31.556 nelayan melalui APBD.',
			'31.556',
			'contribution_aid_participants',
		],
		// "aktif" and "terdaftar" keep the source's word.
		[
			'active',
			'Peserta aktif di Kota Malang sebanyak 204.419 orang.',
			'204.419',
			'active_participants',
		],
		[
			'registered',
			'Jumlah pekerja yang terdaftar mencapai 144.110 orang.',
			'144.110',
			'registered_participants',
		],
	];
	for (const [label, text, raw, indicator] of cases) {
		it(`${label}: ${text}`, () => expect(indicatorOf(text, raw)).toBe(indicator));
	}
});
