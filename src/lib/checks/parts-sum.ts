/**
 * Parts against their total, within one source: participants by segment (PU, BPU, JAKON,
 * PMI: only the disjoint segments), claims by programme (JHT, JKK, JKM, JP, JKP: scholarships
 * are a benefit inside JKK and JKM, so they are left out), scholarships by school level.
 * When the source names only some of the parts, the total need only be at least their sum.
 */
import type { CheckResult } from '../schema/analysis.ts';
import { level, PARTICIPATION_SEGMENTS, type Label, type Unit } from '../schema/enums.ts';
import type { Figure } from '../schema/figure.ts';
import { defined } from '../derive/make-derived.ts';
import { figuresInSource, samePeriod, sameSeriesParts, withIndicator } from '../derive/select.ts';
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

function checkTotal(ctx: CheckContext, p: Partition, total: Figure): CheckResult[] {
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
		const scholarships = withIndicator(ctx.figures, total.indicator).some(
			(f) =>
				f.sourceId === total.sourceId &&
				f.program === 'BEASISWA' &&
				samePeriod(f.period, total.period),
		);
		if (scholarships) notes.push(SCHOLARSHIPS_NOTE);
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

/** Every total with at least two of its parts in the same source, against their sum. */
export function checkPartsSum(ctx: CheckContext): CheckResult[] {
	return PARTITIONS.flatMap((p) => {
		// Only indicators with some part of this partition can have a total to check.
		const partitioned = new Set(
			ctx.figures.filter((f) => p.codes.includes(f[p.breakdown] ?? '')).map((f) => f.indicator),
		);
		return ctx.figures
			.filter((f) => {
				if (f[p.breakdown] !== null || !partitioned.has(f.indicator)) return false;
				const unit = unitOf(ctx, f.indicator);
				return unit !== undefined && ADDITIVE.includes(unit);
			})
			.flatMap((total) => checkTotal(ctx, p, total));
	});
}
