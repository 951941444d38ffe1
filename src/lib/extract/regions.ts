/**
 * Region names in article text matched against the dataset's regions (idn-area-data plus
 * areas.csv): "Kota Malang" and "Kabupaten Malang" stay apart, "Pemkab Banyumas" is
 * Kabupaten Banyumas, "Kalbar" is Kalimantan Barat, "Kantor Wilayah Kalimantan" is the BPJS
 * office area. A bare name ("Banyumas") counts only when exactly one regency or city has it.
 */
import type { Region } from '../schema/region.ts';

/** A region named in the text. */
export interface RegionMention {
	start: number;
	end: number;
	raw: string;
	code: string;
	/** How sure and how specific: 3 "Kota X"/"Kabupaten X", 2 province or office area, 1 a bare name. */
	weight: 1 | 2 | 3;
}

/** Short forms of province names used in the press. */
const PROVINCE_ALIASES: Readonly<Record<string, string[]>> = {
	'11': ['NAD'],
	'12': ['Sumut'],
	'13': ['Sumbar'],
	'16': ['Sumsel'],
	'19': ['Babel', 'Bangka Belitung'],
	'21': ['Kepri'],
	'31': ['DKI Jakarta', 'DKI', 'Jakarta'],
	'32': ['Jabar'],
	'33': ['Jateng'],
	'34': ['DIY', 'DI Yogyakarta', 'Yogyakarta'],
	'35': ['Jatim'],
	'52': ['NTB'],
	'53': ['NTT'],
	'61': ['Kalbar'],
	'62': ['Kalteng'],
	'63': ['Kalsel'],
	'64': ['Kaltim'],
	'65': ['Kaltara'],
	'71': ['Sulut'],
	'72': ['Sulteng'],
	'73': ['Sulsel'],
	'74': ['Sultra'],
	'76': ['Sulbar'],
};

interface Name {
	text: string;
	code: string;
	weight: 1 | 2 | 3;
	/** Bare names must be written with a capital letter, as proper nouns are. */
	capitalised: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/** Every way the text may name each region, with its weight. */
function namesOf(regions: Iterable<Region>): Name[] {
	const list = [...regions];
	const names: Name[] = [];
	const add = (text: string, code: string, weight: 1 | 2 | 3, capitalised = false) =>
		names.push({ text, code, weight, capitalised });
	const provinceNames = new Set(
		list.filter((r) => r.kind === 'province').map((r) => r.name.toLowerCase()),
	);
	const baseCount = new Map<string, number>();
	const base = (r: Region) => r.name.replace(/^(Kabupaten|Kota)\s+/, '');
	for (const r of list) {
		if (r.kind === 'regency' || r.kind === 'city') {
			baseCount.set(base(r).toLowerCase(), (baseCount.get(base(r).toLowerCase()) ?? 0) + 1);
		}
	}
	for (const r of list) {
		const b = base(r);
		if (r.kind === 'regency') {
			for (const p of ['Kabupaten', 'Kab.', 'Kab', 'Pemkab', 'Pemerintah Kabupaten', 'Bupati']) {
				add(`${p} ${b}`, r.code, 3);
			}
		} else if (r.kind === 'city') {
			for (const p of ['Kota', 'Pemkot', 'Pemerintah Kota', 'Wali Kota', 'Walikota']) {
				add(`${p} ${b}`, r.code, 3);
			}
		} else if (r.kind === 'province') {
			for (const p of ['Provinsi', 'Prov.', 'Pemprov', 'Pemerintah Provinsi', 'Gubernur']) {
				add(`${p} ${r.name}`, r.code, 2);
			}
			add(r.name, r.code, 2, true);
			for (const alias of PROVINCE_ALIASES[r.code] ?? []) add(alias, r.code, 2, true);
			for (const alias of PROVINCE_ALIASES[r.code] ?? []) add(`Pemprov ${alias}`, r.code, 2);
		} else {
			add(r.name, r.code, 2);
			// "BPJS Ketenagakerjaan Kantor Wilayah Kalimantan" is also "Kanwil Kalimantan".
			const office = /Kantor Wilayah\s+(.+)$/.exec(r.name)?.[1];
			if (office !== undefined) {
				add(`Kantor Wilayah ${office}`, r.code, 2);
				add(`Kanwil ${office}`, r.code, 2);
			}
		}
		const unique = baseCount.get(b.toLowerCase()) === 1;
		if ((r.kind === 'regency' || r.kind === 'city') && unique && b.length >= 4) {
			if (!provinceNames.has(b.toLowerCase())) add(b, r.code, 1, true);
		}
	}
	return names;
}

const cache = new WeakMap<object, { re: RegExp; byText: Map<string, Name> }>();

function matcher(regions: ReadonlyMap<string, Region>) {
	const hit = cache.get(regions);
	if (hit) return hit;
	const byText = new Map<string, Name>();
	for (const n of namesOf(regions.values())) {
		const key = n.text.toLowerCase().replace(/\s+/g, ' ');
		const old = byText.get(key);
		if (old === undefined || n.weight > old.weight) byText.set(key, n);
	}
	const alternatives = [...byText.values()]
		.map((n) => n.text)
		.sort((a, b) => b.length - a.length)
		.map(escape);
	const re = new RegExp(
		String.raw`(?<![\p{L}\d])(?:${alternatives.join('|')})(?![\p{L}\d])`,
		'giu',
	);
	const built = { re, byText };
	cache.set(regions, built);
	return built;
}

/** Every region named in the text, in text order. */
export function findRegionMentions(
	text: string,
	regions: ReadonlyMap<string, Region>,
): RegionMention[] {
	const { re, byText } = matcher(regions);
	const out: RegionMention[] = [];
	for (const m of text.matchAll(re)) {
		const name = byText.get(m[0].toLowerCase().replace(/\s+/g, ' '));
		if (name === undefined) continue;
		if (name.capitalised && !/^\p{Lu}/u.test(m[0])) continue;
		// "PONTIANAK, insidepontianak.com –": a dateline names where the reporter wrote.
		if (
			name.weight === 1 &&
			m[0] === m[0].toUpperCase() &&
			/^\s*,/.test(text.slice(m.index + m[0].length))
		) {
			continue;
		}
		out.push({
			start: m.index,
			end: m.index + m[0].length,
			raw: m[0],
			code: name.code,
			weight: name.weight,
		});
	}
	return out;
}

/**
 * The region an article is mostly about: the code with the largest sum of mention weights
 * (ties go to the first named). Undefined when no region is named.
 */
export function mainRegion(mentions: readonly RegionMention[]): string | undefined {
	const score = new Map<string, number>();
	for (const m of mentions) score.set(m.code, (score.get(m.code) ?? 0) + m.weight);
	let best: string | undefined;
	for (const [code, s] of score) if (best === undefined || s > (score.get(best) ?? 0)) best = code;
	return best;
}

/**
 * The region a figure between `start` and `end` is about, from the mentions inside `scope`
 * (a clause or sentence): the heaviest, then the nearest.
 */
export function regionNear(
	mentions: readonly RegionMention[],
	scope: { start: number; end: number },
	at: number,
): RegionMention | undefined {
	const inside = mentions.filter((m) => m.start >= scope.start && m.end <= scope.end);
	const distance = (m: RegionMention) => Math.min(Math.abs(m.start - at), Math.abs(m.end - at));
	return inside.sort((a, b) => b.weight - a.weight || distance(a) - distance(b))[0];
}
