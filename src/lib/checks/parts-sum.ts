/**
 * Parts against their total, within one source: participants by segment (PU, BPU, JAKON,
 * PMI: only the disjoint segments), claims by programme (JHT, JKK, JKM, JP, JKP: scholarships
 * are a benefit inside JKK and JKM, so they are left out), scholarships by school level.
 * When the source names only some of the parts, the total need only be at least their sum.
 */
import type { CheckResult } from '../schema/analysis.ts';
import {
	level,
	PARTICIPATION_SEGMENTS,
	type Breakdown,
	type Label,
	type Unit,
} from '../schema/enums.ts';
import type { Figure } from '../schema/figure.ts';
import { defined } from '../derive/make-derived.ts';
import { figuresInSource, samePeriod, sameSeriesParts } from '../derive/select.ts';
import { unitOf, type CheckContext } from './context.ts';
import { makeCheck } from './make-check.ts';
import { figureQuantity, sum } from './quantity.ts';

/** A breakdown whose codes partition a total. */
interface Partition {
	breakdown: 'segment' | 'program' | 'level';
	codes: readonly string[];
	name: Label;
}

export const PARTITIONS: readonly Partition[] = [
	{ breakdown: 'segment', codes: PARTICIPATION_SEGMENTS, name: { id: 'segmen', en: 'segment' } },
	{
		breakdown: 'program',
		codes: ['JHT', 'JKK', 'JKM', 'JP', 'JKP'],
		name: { id: 'program', en: 'programme' },
	},
	{ breakdown: 'level', codes: level.codes, name: { id: 'jenjang', en: 'school level' } },
];

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
	ctx: CheckContext,
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
	).sort((a, b) => p.codes.indexOf(code(a) ?? '') - p.codes.indexOf(code(b) ?? ''));
	if (parts.length < 2) return [];
	const expected = sum(defined(parts.map((f) => figureQuantity(ctx, f))));
	if (!expected) return [];
	const named = parts.map(code);
	const missing = p.codes.filter((c) => !named.includes(c));
	const notes: Label[] = [];
	if (missing.length > 0) notes.push(missingNote(missing));
	if (p.breakdown === 'program') {
		const { sourceId, indicator, period } = total;
		if (scholarships().has(`${sourceId}|${indicator}|${period.start}|${period.end}`))
			notes.push(SCHOLARSHIPS_NOTE);
		if (unitOf(ctx, total.indicator) === 'persons' && expected.value > total.value)
			notes.push(MANY_PROGRAMMES_NOTE);
	}
	const list = named.join(', ');
	const note = { id: notes.map((n) => n.id).join(' '), en: notes.map((n) => n.en).join(' ') };
	const check = makeCheck(ctx, {
		rule: 'parts_sum',
		reported: total,
		expected,
		lowerBound: missing.length > 0,
		how: { id: `menurut ${p.name.id} (${list}): `, en: `by ${p.name.en} (${list}): ` },
		...(notes.length > 0 && { note }),
	});
	return check ? [check] : [];
}

/**
 * Where a figure would meet its total: source, indicator, region, period and every series
 * part but the partition's breakdown. Equal keys are necessary for a part to count (checkTotal
 * decides), so a total whose key has fewer than two parts can be passed over.
 */
function meetingKey(f: Figure, p: Partition): string {
	const part = (b: Breakdown) => (b === p.breakdown ? '' : (f[b] ?? ''));
	return `${f.sourceId}|${f.indicator}|${f.region}|${part('segment')}|${part('program')}|${part('funding')}|${part('level')}|${f.basis}|${f.plan ?? ''}|${f.period.start}|${f.period.end}`;
}

/** Every total with at least two of its parts in the same source, against their sum. */
export function checkPartsSum(ctx: CheckContext): CheckResult[] {
	let found: Set<string> | undefined;
	const scholarships = () => (found ??= scholarshipsAt(ctx.figures));
	return PARTITIONS.flatMap((p) => {
		// Only indicators with some part of this partition can have a total to check, and only
		// totals that meet two parts or more (most totals meet none: looking cost the most).
		const partitioned = new Set<string>();
		const partsAt = new Map<string, number>();
		for (const f of ctx.figures) {
			if (!p.codes.includes(f[p.breakdown] ?? '')) continue;
			partitioned.add(f.indicator);
			const key = meetingKey(f, p);
			partsAt.set(key, (partsAt.get(key) ?? 0) + 1);
		}
		return ctx.figures
			.filter((f) => {
				if (f[p.breakdown] !== null || !partitioned.has(f.indicator)) return false;
				const unit = unitOf(ctx, f.indicator);
				return unit !== undefined && ADDITIVE.includes(unit);
			})
			.flatMap((total) =>
				(partsAt.get(meetingKey(total, p)) ?? 0) < 2 ? [] : checkTotal(ctx, p, total, scholarships),
			);
	});
}
