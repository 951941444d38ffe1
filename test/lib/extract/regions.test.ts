/** Region names in text, matched against idn-area-data and areas.csv. */
import { beforeAll, describe, expect, it } from 'vitest';
import { findRegionMentions, mainRegion, regionNear } from '../../../src/lib/extract/regions.ts';
import { loadDataset } from '../../../src/lib/load/load-dataset.ts';
import type { Region } from '../../../src/lib/schema/region.ts';

let regions: Map<string, Region>;
beforeAll(async () => {
	({
		dataset: { regions },
	} = await loadDataset('data'));
});

const found = (text: string) => findRegionMentions(text, regions).map((m) => [m.raw, m.code]);

describe('findRegionMentions', () => {
	const cases: [string, [string, string][]][] = [
		[
			'di Kota Malang dan Kabupaten Malang',
			[
				['Kota Malang', '35.73'],
				['Kabupaten Malang', '35.07'],
			],
		],
		[
			'Pemkot Malang dan Pemkab Banyumas',
			[
				['Pemkot Malang', '35.73'],
				['Pemkab Banyumas', '33.02'],
			],
		],
		['Wali Kota Malang, Wahyu Hidayat', [['Wali Kota Malang', '35.73']]],
		// A bare name counts only when one regency or city has it.
		['BPJS Ketenagakerjaan Malang', []],
		['pekerja di Banyumas yang', [['Banyumas', '33.02']]],
		[
			'Kabupaten Trenggalek, Jawa Timur',
			[
				['Kabupaten Trenggalek', '35.03'],
				['Jawa Timur', '35'],
			],
		],
		[
			'Pemprov Kalbar dan Provinsi Lampung',
			[
				['Pemprov Kalbar', '61'],
				['Provinsi Lampung', '18'],
			],
		],
		['pemerintah provinsi kalimantan Barat', [['pemerintah provinsi kalimantan Barat', '61']]],
		['Kantor Wilayah Kalimantan Erfan', [['Kantor Wilayah Kalimantan', 'BPJSTK-KW-KALIMANTAN']]],
		// Bare names are proper nouns, and a dateline names the reporter's town.
		['batu bata di kota', []],
		['PONTIANAK, insidepontianak.com - Jumlah', []],
		[
			'Kota Batu dan Batu Bara',
			[
				['Kota Batu', '35.79'],
				['Batu Bara', '12.19'],
			],
		],
	];
	for (const [text, expected] of cases) it(text, () => expect(found(text)).toEqual(expected));
});

describe('mainRegion and regionNear', () => {
	it('weighs explicit names above bare ones and picks the heaviest, then nearest', () => {
		const text = 'Hotel Pontianak. Pemprov Kalbar, Kalbar dan Kalimantan Barat.';
		const mentions = findRegionMentions(text, regions);
		expect(mainRegion(mentions)).toBe('61');
		const sentence = { start: 0, end: text.length };
		expect(regionNear(mentions, sentence, 0)?.code).toBe('61');
		expect(regionNear(mentions, { start: 0, end: 16 }, 0)?.code).toBe('61.71');
		expect(mainRegion([])).toBeUndefined();
	});
});
