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
	/** The code's kind: a province, a regency or city, or another area (country, BPJS office). */
	level: 'province' | 'local' | 'area';
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

/**
 * Press short forms of regency and city names ("Kukar", "Jaktim"). Like the initials of a
 * long name ("PPU"), they count only in an article that also names the region in full.
 */
const LOCAL_ALIASES: Readonly<Record<string, string[]>> = {
	'31.71': ['Jakpus'],
	'31.72': ['Jakut'],
	'31.73': ['Jakbar'],
	'31.74': ['Jaksel'],
	'31.75': ['Jaktim'],
	'62.01': ['Kobar'],
	'62.02': ['Kotim'],
	'64.02': ['Kukar'],
	'64.07': ['Kubar'],
	'64.08': ['Kutim'],
	'73.10': ['Pangkep'],
};

interface Name {
	text: string;
	code: string;
	weight: 1 | 2 | 3;
	/** Bare names must be written with a capital letter, as proper nouns are. */
	capitalised: boolean;
	/** A short form, which counts only when the article also names the region in full. */
	short: boolean;
	level: RegionMention['level'];
}

const levelOf = (r: Region): RegionMention['level'] =>
	r.kind === 'province' ? 'province' : r.kind === 'regency' || r.kind === 'city' ? 'local' : 'area';

/** "Penajam Paser Utara" → "PPU": initials of a name of three or more capitalised words. */
function initials(name: string): string | undefined {
	const words = name.split(/\s+/);
	if (words.length < 3 || words.some((w) => !/^\p{Lu}/u.test(w))) return undefined;
	return words.map((w) => w[0]).join('');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

const isLocal = (r: Region) => r.kind === 'regency' || r.kind === 'city';

/** "Kabupaten Banyumas" → "Banyumas", "Kota Administrasi Jakarta Pusat" → "Jakarta Pusat". */
const baseName = (r: Region) => r.name.replace(/^(Kabupaten|Kota)\s+(?:Administrasi\s+)?/, '');

type Add = (
	text: string,
	code: string,
	weight: 1 | 2 | 3,
	capitalised?: boolean,
	short?: boolean,
) => void;

/** What naming one region needs to know of all the others. */
interface Namer {
	add: Add;
	provinceNames: ReadonlySet<string>;
	/** How many regencies and cities have each base name (lower case) … */
	baseCount: ReadonlyMap<string, number>;
	/** … and each initials. */
	initialsCount: ReadonlyMap<string, number>;
}

/** Every way the text may name each region, with its weight. */
function namesOf(regions: Iterable<Region>): Name[] {
	const list = [...regions];
	const names: Name[] = [];
	const byCode = new Map(list.map((r) => [r.code, r]));
	const add: Add = (text, code, weight, capitalised = false, short = false) => {
		const r = byCode.get(code);
		names.push({ text, code, weight, capitalised, short, level: r ? levelOf(r) : 'area' });
	};
	const namer: Namer = {
		add,
		provinceNames: new Set(
			list.filter((r) => r.kind === 'province').map((r) => r.name.toLowerCase()),
		),
		baseCount: countLocal(list, (r) => baseName(r).toLowerCase()),
		initialsCount: countLocal(list, (r) => initials(baseName(r))),
	};
	for (const r of list) {
		addFullNames(r, add);
		addBareName(r, namer);
		addShortNames(r, namer);
	}
	return names;
}

/** How many regencies and cities share each key (those without one are not counted). */
function countLocal(
	list: readonly Region[],
	key: (r: Region) => string | undefined,
): Map<string, number> {
	const count = new Map<string, number>();
	for (const r of list) {
		const k = isLocal(r) ? key(r) : undefined;
		if (k !== undefined) count.set(k, (count.get(k) ?? 0) + 1);
	}
	return count;
}

/** "Kabupaten X", "Pemkot X", "Provinsi X", an area's own name and the like. */
function addFullNames(r: Region, add: Add): void {
	const b = baseName(r);
	if (r.kind === 'regency') {
		for (const p of ['Kabupaten', 'Kab.', 'Kab', 'Pemkab', 'Pemerintah Kabupaten', 'Bupati']) {
			add(`${p} ${b}`, r.code, 3);
		}
	} else if (r.kind === 'city') {
		for (const p of ['Kota', 'Pemkot', 'Pemerintah Kota', 'Wali Kota', 'Walikota']) {
			add(`${p} ${b}`, r.code, 3);
		}
	} else if (r.kind === 'province') {
		addProvinceNames(r, add);
	} else {
		addAreaNames(r, add);
	}
}

function addProvinceNames(r: Region, add: Add): void {
	for (const p of ['Provinsi', 'Prov.', 'Pemprov', 'Pemerintah Provinsi', 'Gubernur']) {
		add(`${p} ${r.name}`, r.code, 2);
	}
	add(r.name, r.code, 2, true);
	for (const alias of PROVINCE_ALIASES[r.code] ?? []) add(alias, r.code, 2, true);
	for (const alias of PROVINCE_ALIASES[r.code] ?? []) add(`Pemprov ${alias}`, r.code, 2);
}

function addAreaNames(r: Region, add: Add): void {
	add(r.name, r.code, 2);
	// "BPJS Ketenagakerjaan Kantor Wilayah Kalimantan" is also "Kanwil Kalimantan".
	const office = /Kantor Wilayah\s+(.+)$/.exec(r.name)?.[1];
	if (office !== undefined) {
		add(`Kantor Wilayah ${office}`, r.code, 2);
		add(`Kanwil ${office}`, r.code, 2);
	}
	// "BPJS Ketenagakerjaan Jateng-DIY": an office over several provinces, by their short forms.
	const shorts = r.covers.map((c) => PROVINCE_ALIASES[c]?.[0]);
	if (shorts.length >= 2 && shorts.every((a) => a !== undefined)) {
		for (const sep of ['-', ' ', ' dan ']) add(shorts.join(sep), r.code, 2, true);
	}
}

/** A regency's or city's bare name, when no other regency, city or province has it. */
function addBareName(r: Region, n: Namer): void {
	const b = baseName(r);
	const unique = n.baseCount.get(b.toLowerCase()) === 1;
	if (isLocal(r) && unique && b.length >= 4) {
		if (!n.provinceNames.has(b.toLowerCase())) {
			n.add(b, r.code, 1, true);
			// "Pangkalpinang" for Kota Pangkal Pinang.
			if (/\s/.test(b)) n.add(b.replace(/\s+/g, ''), r.code, 1, true);
		}
	}
}

/** Press short forms and unique initials of a regency or city, bare and prefixed. */
function addShortNames(r: Region, n: Namer): void {
	const short = [...(LOCAL_ALIASES[r.code] ?? [])];
	const i = isLocal(r) ? initials(baseName(r)) : undefined;
	if (i !== undefined && n.initialsCount.get(i) === 1) short.push(i);
	for (const alias of short) {
		n.add(alias, r.code, 1, true, true);
		const prefixes =
			r.kind === 'regency' ? ['Kabupaten', 'Kab.', 'Pemkab', 'Bupati'] : ['Kota', 'Pemkot'];
		for (const p of prefixes) n.add(`${p} ${alias}`, r.code, 3);
	}
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

/**
 * "PONTIANAK, insidepontianak.com –", "Bisnis.com, JAKARTA –", "Jakarta, MI -": a dateline
 * names where the reporter wrote, not what the article is about. It opens a line (after at
 * most the outlet's name) and is followed by a comma, dash or full stop.
 */
function isDateline(text: string, start: number, end: number, name: Name): boolean {
	if (name.weight === 3) return false;
	const lineStart = text.lastIndexOf('\n', start - 1) + 1;
	const before = text.slice(lineStart, start);
	const after = text.slice(end, end + 3);
	if (!/^\s*[,–—.-]/.test(after) && !/^\s*\(/.test(after)) return false;
	if (before === '') return true;
	return before.length <= 40 && /^[\p{L}\d. ]*[\p{L}.]\s*[,–—-]\s*$/u.test(before);
}

/** Every region named in the text, in text order. */
export function findRegionMentions(
	text: string,
	regions: ReadonlyMap<string, Region>,
): RegionMention[] {
	const { re, byText } = matcher(regions);
	const out: (RegionMention & { short: boolean })[] = [];
	for (const m of text.matchAll(re)) {
		const name = byText.get(m[0].toLowerCase().replace(/\s+/g, ' '));
		if (name === undefined) continue;
		if (name.capitalised && !/^\p{Lu}/u.test(m[0])) continue;
		if (name.short && m[0] !== name.text) continue;
		if (isDateline(text, m.index, m.index + m[0].length, name)) continue;
		out.push({
			start: m.index,
			end: m.index + m[0].length,
			raw: m[0],
			code: name.code,
			weight: name.weight,
			level: name.level,
			short: name.short,
		});
	}
	// A short form ("PPU") counts only where the full name says which region it is.
	const named = new Set(out.filter((m) => !m.short).map((m) => m.code));
	return out
		.filter((m) => !m.short || named.has(m.code))
		.map((m) => ({
			start: m.start,
			end: m.end,
			raw: m.raw,
			code: m.code,
			weight: m.weight,
			level: m.level,
		}));
}

/**
 * The region an article is mostly about: the code with the largest sum of mention weights
 * (ties go to the first named). When that is a province and regencies or cities of it are
 * named as well, the article is about the most named of them: local news names its regency
 * and, in passing, its province ("Penajam Paser Utara … Kalimantan Timur"); one naming
 * several regencies reports for the province. Undefined when no region is named.
 */
export function mainRegion(mentions: readonly RegionMention[]): string | undefined {
	const score = new Map<string, number>();
	for (const m of mentions) score.set(m.code, (score.get(m.code) ?? 0) + m.weight);
	const top = (codes: Iterable<string>) => {
		let best: string | undefined;
		for (const code of codes) {
			if (best === undefined || (score.get(code) ?? 0) > (score.get(best) ?? 0)) best = code;
		}
		return best;
	};
	const best = top(score.keys());
	if (best === undefined || !mentions.some((m) => m.code === best && m.level === 'province')) {
		return best;
	}
	// An article naming several regencies of its province reports for the province.
	const locals = [...score.keys()].filter((c) => c.startsWith(`${best}.`));
	const local = locals.length === 1 ? locals[0] : undefined;
	return local !== undefined && LOCAL_SHARE * (score.get(local) ?? 0) >= (score.get(best) ?? 0)
		? local
		: best;
}

/** A regency outweighs its province when its mentions weigh at least this share of the province's. */
const LOCAL_SHARE = 2;

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
