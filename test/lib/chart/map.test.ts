/**
 * The province map: tiles coloured by coverage bin, links to provinces with data named by what
 * they show first (WCAG 2.5.3), a key naming every province, no-data style.
 */
import { describe, expect, it } from 'vitest';
import { binOf, wrapItems } from '../../../src/lib/chart/map-layout.ts';
import { provinceMap } from '../../../src/lib/chart/map-model.ts';
import { PROVINCE_TILES } from '../../../src/lib/chart/province-tiles.ts';
import { flatMarks, type Mark } from '../../../src/lib/chart/scene.ts';
import { fig, input, mismatch, must } from './fixture.ts';

const tileRect = (marks: Mark[], code: string) =>
	flatMarks(marks).find((m) => m.type === 'rect' && m.key === code);

describe('binOf', () => {
	const cases: [number, number][] = [
		[0, 0],
		[19.99, 0],
		[20, 1],
		[35.35, 1],
		[59.9, 2],
		[60, 3],
		[83.29, 4],
		[100, 4],
	];
	it.each(cases)('%d%% → bin %i', (value, bin) => expect(binOf(value)).toBe(bin));
});

describe('provinceMap', () => {
	it('colours a province by its newest coverage and links it; others get the no-data style', async () => {
		const data = await input([
			fig({ region: '61', indicator: 'coverage_rate', period: '2023', value: 80, precision: 0.5 }),
			fig({
				region: '61',
				indicator: 'coverage_rate',
				period: '2024-11',
				value: 35.35,
				qualifier: 'approx',
			}),
			fig({
				region: '35',
				indicator: 'active_participants',
				period: '2024',
				value: 10,
				precision: 0.5,
			}),
		]);
		for (const locale of ['id', 'en'] as const) {
			const map = must(provinceMap(data, locale));
			expect(map.role).toBe('group');
			for (const scene of Object.values(map.scenes)) {
				expect(tileRect(scene.marks, '61')).toMatchObject({ cls: 'tile bin-1' });
				expect(tileRect(scene.marks, '35')).toMatchObject({ cls: 'tile-nocov' });
				expect(tileRect(scene.marks, '11')).toMatchObject({
					cls: 'tile-nodata',
					fill: 'hatch-muted',
				});
				const links = scene.marks.filter((m) => m.type === 'link');
				const prefix = locale === 'id' ? '' : '/en';
				expect(links.map((l) => l.type === 'link' && l.href).sort()).toEqual([
					`${prefix}/wilayah/jawa-timur/`,
					`${prefix}/wilayah/kalimantan-barat/`,
				]);
				expect(flatMarks(scene.marks).filter((m) => m.type === 'rect' && m.key).length).toBe(38);
			}
			expect(map.description).toContain(locale === 'id' ? 'sekitar 35,35%' : 'about 35.35%');
		}
		expect(must(provinceMap(data, 'id')).takeaway).toBe(
			'1 dari 38 provinsi punya angka cakupan: Kalimantan Barat, sekitar 35,35% pada November 2024.',
		);
	});

	it('writes the value on the tile when wide and lists it below the map at both widths', async () => {
		const data = await input([
			fig({ region: '61', indicator: 'coverage_rate', period: '2024-11', value: 35.35 }),
		]);
		const map = must(provinceMap(data, 'en'));
		const texts = (marks: Mark[]) =>
			flatMarks(marks).flatMap((m) => (m.type === 'text' ? [m.text] : []));
		expect(texts(map.scenes.wide.marks)).toContain('35%');
		for (const scene of Object.values(map.scenes)) {
			expect(texts(scene.marks)).toContain('KB Kalimantan Barat: 35.35% (November 2024)');
		}
	});

	it('flags a province whose coverage fails a cross-check', async () => {
		const f = fig({ region: '61', indicator: 'coverage_rate', period: '2024-11', value: 35.35 });
		const map = must(provinceMap(await input([f], { checks: [mismatch(f, 30)] }), 'id'));
		expect(
			flatMarks(map.scenes.wide.marks).some((m) => m.type === 'rect' && m.cls === 'flag-outline'),
		).toBe(true);
		expect(map.flags).toHaveLength(1);
		expect(map.flags[0]).toMatch(/^Kalimantan Barat: nilai yang dilaporkan \(35,35%\) tidak cocok/);
	});

	it('on a phone marks a flagged tile by its outline only: a badge would cover the code', async () => {
		const f = fig({ region: '61', indicator: 'coverage_rate', period: '2024-11', value: 35.35 });
		const map = must(provinceMap(await input([f], { checks: [mismatch(f, 30)] }), 'id'));
		const narrow = flatMarks(map.scenes.narrow.marks);
		const wide = flatMarks(map.scenes.wide.marks);
		const count = (marks: Mark[], cls: string) =>
			marks.filter((m) => 'cls' in m && m.cls === cls).length;
		// The tile's outline and the legend's swatch.
		expect(count(narrow, 'flag-outline')).toBe(2);
		expect(count(narrow, 'flag-badge')).toBe(0);
		expect(count(narrow, 'flag-text')).toBe(0);
		// Wide: the outline and the badge on the tile, the badge in the legend.
		expect(count(wide, 'flag-outline')).toBe(1);
		expect(count(wide, 'flag-badge')).toBe(2);
	});

	it("starts each tile link's accessible name with the text the tile shows", async () => {
		const data = await input([
			fig({
				region: '61',
				indicator: 'coverage_rate',
				period: '2024-11',
				value: 35.35,
				qualifier: 'approx',
			}),
			fig({ region: '35', indicator: 'active_participants', period: '2024', value: 10 }),
		]);
		const cases = [
			['id', 'wide', '61', 'KB 35%, Kalimantan Barat: sekitar 35,35%'],
			['id', 'narrow', '61', 'KB, Kalimantan Barat: sekitar 35,35%'],
			['en', 'wide', '61', 'KB 35%, Kalimantan Barat: about 35.35%'],
			['id', 'wide', '35', 'JI, Jawa Timur: ada data, tanpa angka cakupan'],
		] as const;
		for (const [locale, variant, code, name] of cases) {
			const scene = must(provinceMap(data, locale)).scenes[variant];
			const link = scene.marks.find(
				(m) => m.type === 'link' && m.marks.some((x) => x.type === 'rect' && x.key === code),
			);
			expect(link?.type === 'link' && link.label).toBe(name);
			// The visible text, as a browser joins the link's text nodes, starts the name.
			const visible =
				link?.type === 'link'
					? flatMarks(link.marks)
							.flatMap((m) => (m.type === 'text' ? [m.text] : []))
							.join('')
					: '';
			expect(name.startsWith(visible)).toBe(true);
		}
	});

	it('names every province in the key: values first, then those without, by group', async () => {
		const data = await input([
			fig({ region: '61', indicator: 'coverage_rate', period: '2024-11', value: 35.35 }),
			fig({ region: '35', indicator: 'active_participants', period: '2024', value: 10 }),
		]);
		const map = must(provinceMap(data, 'id'));
		const text = flatMarks(map.scenes.narrow.marks)
			.flatMap((m) => (m.type === 'text' ? [m.text] : []))
			.join(' ');
		expect(text).toContain('KB Kalimantan Barat: 35,35% (November 2024)');
		expect(text).toContain('Ada data, tanpa angka cakupan: JI Jawa Timur');
		expect(text).toContain('Belum ada data: AC Aceh, BA Bali,');
		for (const tile of PROVINCE_TILES) {
			const name = must(data.dataset.regions.get(tile.code)).name;
			expect(text).toContain(`${tile.abbr} ${name}`);
		}
	});

	it('draws the flag outside the link, so it is not part of the visible label', async () => {
		const f = fig({ region: '61', indicator: 'coverage_rate', period: '2024-11', value: 35.35 });
		const map = must(provinceMap(await input([f], { checks: [mismatch(f, 30)] }), 'en'));
		const link = map.scenes.wide.marks.find((m) => m.type === 'link');
		expect(
			link?.type === 'link' && link.marks.some((m) => m.type === 'text' && m.cls === 'flag-text'),
		).toBe(false);
		expect(map.scenes.wide.marks.some((m) => m.type === 'text' && m.cls === 'flag-text')).toBe(
			true,
		);
	});

	it('renders nothing when no province has data', async () => {
		const data = await input([
			fig({ region: '35.73', indicator: 'coverage_rate', period: '2024', value: 32 }),
		]);
		expect(provinceMap(data, 'id')).toBeNull();
	});
});

describe('wrapItems', () => {
	it('wraps between items, never inside one', () => {
		const items = ['AC Aceh', 'SU Sumatera Utara', 'SB Sumatera Barat', 'RI Riau', 'JA Jambi'];
		const lines = wrapItems('Belum ada data', items, 200);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.join(' ')).toBe(
			'Belum ada data: AC Aceh, SU Sumatera Utara, SB Sumatera Barat, RI Riau, JA Jambi',
		);
		for (const item of items) expect(lines.some((l) => l.includes(item))).toBe(true);
	});
});
