/**
 * Parts against their total, within one source: participants by segment (PU, BPU, JAKON,
 * PMI: only the disjoint segments), claims by programme (JHT, JKK, JKM, JP, JKP: scholarships
 * are a benefit inside JKK and JKM, so they are left out), scholarships by school level.
 * payers of one total (APBD kabupaten + APBD provinsi + …). When the source names only some
 * of the parts, the total need only be at least their sum.
 */
import type { CheckResult } from '../schema/analysis.ts';
import {
	funding,
	INSURANCE_PROGRAMS,
	level,
	PARTICIPATION_SEGMENTS,
	type Label,
	type Unit,
} from '../schema/enums.ts';
import type { Figure } from '../schema/figure.ts';
import { defined } from '../derive/make-derived.ts';
import { figuresInSource, samePeriod, sameSeriesParts } from '../derive/select.ts';
import { unitOf, type RegionCheckContext } from './context.ts';
import { LazyLabel } from './lazy-label.ts';
import { makeCheck } from './make-check.ts';
import { figureQuantity, sum } from './quantity.ts';

/** A breakdown whose codes partition a total. */
interface Partition {
	breakdown: 'segment' | 'program' | 'level' | 'funding';
	codes: readonly string[];
	name: Label;
	/** The codes need not cover every part (payers: a total may have payers no code names). */
	open?: true;
}

const PARTITIONS: readonly Partition[] = [
	{ breakdown: 'segment', codes: PARTICIPATION_SEGMENTS, name: { id: 'segmen', en: 'segment' } },
	{ breakdown: 'program', codes: INSURANCE_PROGRAMS, name: { id: 'program', en: 'programme' } },
	{ breakdown: 'level', codes: level.codes, name: { id: 'jenjang', en: 'school level' } },
	{ breakdown: 'funding', codes: funding.codes, name: { id: 'pembayar', en: 'payer' }, open: true },
];

const OTHER_PAYERS_NOTE: Label = {
	id: 'Sumber mungkin tidak menyebut semua pembayar, jadi jumlah pembayar yang disebut hanya batas bawah total.',
	en: 'The source may not name every payer, so the payers it names only set a lower bound for the total.',
};

/** Units whose values add up across a partition. */
const ADDITIVE: readonly Unit[] = ['persons', 'count', 'idr'];

const SCHOLARSHIPS_NOTE: Label = {
	id: 'Beasiswa adalah manfaat JKK dan JKM, jadi tidak dijumlahkan lagi.',
	en: 'Scholarships are a benefit of JKK and JKM, so they are not added again.',
};
const MANY_PROGRAMMES_NOTE: Label = {
	id: 'Satu orang bisa menerima klaim dari lebih dari satu program, sehingga jumlah per program bisa melebihi jumlah orang.',
	en: 'One person can claim from more than one programme, so the programme counts can add up to more than the number of people.',
};

function missingNote(missing: readonly string[]): Label {
	const list = missing.join(', ');
	return {
		id: `Sumber tidak menyebut angka untuk ${list}, jadi jumlah bagian yang disebut hanya batas bawah total.`,
		en: `The source gives no figure for ${list}, so the parts it names only set a lower bound for the total.`,
	};
}

/** Source, indicator and period of every scholarship figure, to see whether a total has one. */
function scholarshipsAt(figures: readonly Figure[]): Set<string> {
	const at = new Set<string>();
	for (const f of figures)
		if (f.program === 'BEASISWA')
			at.add(`${f.sourceId}|${f.indicator}|${f.period.start}|${f.period.end}`);
	return at;
}

function checkTotal(
	ctx: RegionCheckContext,
	p: Partition,
	total: Figure,
	scholarships: () => Set<string>,
): CheckResult[] {
	const code = (f: Figure) => f[p.breakdown] as string | null;
	const parts = figuresInSource(
		ctx.figures,
		total.sourceId,
		total.indicator,
		(f) =>
			p.codes.includes(code(f) ?? '') &&
			sameSeriesParts(f, total, [p.breakdown]) &&
			samePeriod(f.period, total.period),
	);
	if (parts.length < 2) return [];
	parts.sort((a, b) => p.codes.indexOf(code(a) ?? '') - p.codes.indexOf(code(b) ?? ''));
	const expected = sum(defined(parts.map((f) => figureQuantity(ctx, f))));
	if (!expected) return [];
	const named = parts.map(code);
	const missing = p.codes.filter((c) => !named.includes(c));
	const notes: Label[] = [];
	let explained = false;
	if (p.open) notes.push(OTHER_PAYERS_NOTE);
	else if (missing.length > 0) notes.push(missingNote(missing));
	if (p.breakdown === 'program') {
		const { sourceId, indicator, period } = total;
		if (scholarships().has(`${sourceId}|${indicator}|${period.start}|${period.end}`))
			notes.push(SCHOLARSHIPS_NOTE);
		if (unitOf(ctx, total.indicator) === 'persons' && expected.value > total.value) {
			notes.push(MANY_PROGRAMMES_NOTE);
			explained = true;
		}
	}
	const check = makeCheck(ctx, {
		rule: 'parts_sum',
		reported: total,
		expected,
		lowerBound: p.open === true || missing.length > 0,
		explained,
		how: new LazyLabel(
			(l) => `${l === 'id' ? 'menurut' : 'by'} ${p.name[l]} (${named.join(', ')}): `,
		),
		...(notes.length > 0 && { note: new LazyLabel((l) => notes.map((n) => n[l]).join(' ')) }),
	});
	return check ? [check] : [];
}

/** Every total with at least two of its parts in the same source, against their sum. */
export function checkPartsSum(ctx: RegionCheckContext): CheckResult[] {
	let found: Set<string> | undefined;
	const scholarships = () => (found ??= scholarshipsAt(ctx.figures.all));
	return PARTITIONS.flatMap((p) => {
		// Only indicators with some part of this partition can have a total to check. A total's
		// parts are looked up in its source's figures of its indicator (indexed, a handful), which
		// costs less than keying every figure by where it would meet its total.
		const partitioned = new Set<string>();
		for (const f of ctx.figures.all)
			if (p.codes.includes(f[p.breakdown] ?? '')) partitioned.add(f.indicator);
		return ctx.figures.all
			.filter((f) => {
				if (f[p.breakdown] !== null || !partitioned.has(f.indicator)) return false;
				const unit = unitOf(ctx, f.indicator);
				return unit !== undefined && ADDITIVE.includes(unit);
			})
			.flatMap((total) => checkTotal(ctx, p, total, scholarships));
	});
}
