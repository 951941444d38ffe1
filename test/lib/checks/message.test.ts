/**
 * The words a citizen reads: the arithmetic with numbers formatted per locale, the verdict,
 * and why rounding does or does not explain the difference.
 */
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/lib/checks/index.ts';
import { indexFigures } from '../../../src/lib/derive/figures-index.ts';
import type { Label } from '../../../src/lib/schema/enums.ts';
import { makeContext, makeFigure, type FigureSpec } from '../helpers/make-figure.ts';

const cases: [string, FigureSpec[], Label, Label][] = [
	[
		'mismatch of a percentage (Banyumas)',
		[
			{ indicator: 'coverage_rate', value: 31.6, region: '33.02' },
			{ indicator: 'active_participants', value: 214687, qualifier: 'approx', region: '33.02' },
			{ indicator: 'workers_in_scope', value: 684654, region: '33.02' },
		],
		{ id: '214.687 ÷ 684.654 = 31,36%', en: '214,687 / 684,654 = 31.36%' },
		{
			id: 'Artikel menyebut cakupan kepesertaan 31,6%, tetapi 214.687 ÷ 684.654 = 31,36%. Selisihnya 0,24 poin persentase, lebih dari yang bisa dijelaskan pembulatan: 31,6% berarti 31,55% sampai 31,65%.',
			en: 'The article gives the coverage rate as 31.6%, but 214,687 / 684,654 = 31.36%. The difference of 0.24 percentage points is more than rounding can explain: 31.6% stands for 31.55% to 31.65%.',
		},
	],
	[
		'within rounding of an approximate share',
		[
			{
				indicator: 'contribution_aid_participant_share',
				value: 45.18,
				qualifier: 'approx',
				segment: 'PU',
				funding: 'APBD',
			},
			{ indicator: 'contribution_aid_participants', value: 3364, segment: 'PU', funding: 'APBD' },
			{ indicator: 'contribution_aid_participants', value: 7446, funding: 'APBD' },
		],
		{ id: '3.364 ÷ 7.446 = 45,179%', en: '3,364 / 7,446 = 45.179%' },
		{
			id: 'Artikel menyebut porsi penerima bantuan iuran (PU, APBD) sekitar 45,18%; 3.364 ÷ 7.446 = 45,179%. Selisihnya masih dalam batas pembulatan: "sekitar 45,18%" kami baca sebagai 45,17% sampai 45,19% (satu satuan angka terakhir ke atas atau ke bawah).',
			en: 'The article gives the share of contribution aid participants (wage earners, regional budget) as about 45.18%; 3,364 / 7,446 = 45.179%. The difference is within rounding: we read "about 45.18%" as 45.17% to 45.19% (one unit of the last printed digit either way).',
		},
	],
	[
		'exact counts that agree',
		[
			{ indicator: 'uncovered_workers', value: 469967 },
			{ indicator: 'workers_in_scope', value: 684654 },
			{ indicator: 'active_participants', value: 214687 },
		],
		{ id: '684.654 − 214.687 = 469.967', en: '684,654 − 214,687 = 469,967' },
		{
			id: 'Artikel menyebut pekerja belum terlindungi 469.967 orang, dan 684.654 − 214.687 = 469.967. Angkanya cocok.',
			en: 'The article gives the uncovered workers as 469,967 people, and 684,654 − 214,687 = 469,967. The figures agree.',
		},
	],
	[
		'a budget in words against a product of exact amounts',
		[
			{ indicator: 'contribution_aid_budget', value: 5.3e9, precision: 5e7, funding: 'DBHCHT' },
			{ indicator: 'contribution_aid_participants', value: 25808, funding: 'DBHCHT' },
			{ indicator: 'contribution_aid_monthly_contribution', value: 16800, funding: 'DBHCHT' },
			{ indicator: 'contribution_aid_months', value: 12, funding: 'DBHCHT' },
		],
		{
			id: '25.808 × Rp16.800 × 12 = Rp5.202.892.800',
			en: '25,808 × IDR 16,800 × 12 = IDR 5,202,892,800',
		},
		{
			id: 'Artikel menyebut anggaran bantuan iuran (DBHCHT) Rp5,3 miliar, tetapi 25.808 × Rp16.800 × 12 = Rp5.202.892.800. Selisihnya Rp97,11 juta, lebih dari yang bisa dijelaskan pembulatan: Rp5,3 miliar berarti Rp5,25 miliar sampai Rp5,35 miliar.',
			en: 'The article gives the contribution aid budget (tobacco excise share) as IDR 5.3 billion, but 25,808 × IDR 16,800 × 12 = IDR 5,202,892,800. The difference of IDR 97.11 million is more than rounding can explain: IDR 5.3 billion stands for IDR 5.25 billion to IDR 5.35 billion.',
		},
	],
	[
		'a full count one off its parts',
		[
			{ indicator: 'active_participants', value: 100 },
			{ indicator: 'active_participants', value: 61, segment: 'PU' },
			{ indicator: 'active_participants', value: 40, segment: 'BPU' },
			{ indicator: 'active_participants', value: 0, segment: 'JAKON' },
			{ indicator: 'active_participants', value: 0, segment: 'PMI' },
		],
		{ id: '61 + 40 + 0 + 0 = 101', en: '61 + 40 + 0 + 0 = 101' },
		{
			id: 'Artikel menyebut peserta aktif 100 orang, tetapi menurut segmen (PU, BPU, JAKON, PMI): 61 + 40 + 0 + 0 = 101. Selisihnya 1 orang.',
			en: 'The article gives the active participants as 100 people, but by segment (PU, BPU, JAKON, PMI): 61 + 40 + 0 + 0 = 101. The difference is 1 person.',
		},
	],
];

describe('check messages', () => {
	it.each(cases)('%s', (_what, specs, arithmetic, message) => {
		const figures = specs.map(makeFigure);
		const [result] = runChecks(makeContext(figures), indexFigures(figures));
		expect(JSON.parse(JSON.stringify(result?.arithmetic))).toEqual(arithmetic);
		expect(JSON.parse(JSON.stringify(result?.message))).toEqual(message);
	});
});
