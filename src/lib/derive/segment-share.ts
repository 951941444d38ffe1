/** Share of each participation segment (PU, BPU, JAKON, PMI) in one source's participants. */
import type { DerivedFigure } from '../schema/analysis.ts';
import { PARTICIPATION_SEGMENTS } from '../schema/enums.ts';
import type { Figure } from '../schema/figure.ts';
import { defined, labelFor, makeDerived } from './make-derived.ts';
import type { RegionFigures } from './figures-index.ts';
import {
	figuresInSource,
	figuresOf,
	partnerInSource,
	samePeriod,
	sameSeriesParts,
} from './select.ts';

/** Participant counts a share is computed for, and the indicator the share measures. */
const SHARED = {
	active_participants: 'segment_share',
	registered_participants: 'segment_share',
	contribution_aid_participants: 'contribution_aid_participant_share',
} as const;

const NAMES = {
	active_participants: { id: 'peserta aktif', en: 'active participants' },
	registered_participants: { id: 'peserta terdaftar', en: 'registered participants' },
	contribution_aid_participants: { id: 'penerima bantuan iuran', en: 'aid recipients' },
} as const;

/** Position of a figure's segment in PARTICIPATION_SEGMENTS (PU, BPU, JAKON, PMI). */
const segmentOrder = (f: Figure) => PARTICIPATION_SEGMENTS.indexOf(f.segment ?? 'PU');

function sharesOf(figures: RegionFigures, indicator: keyof typeof SHARED): DerivedFigure[] {
	const isPart = (f: Figure) => f.segment !== null && PARTICIPATION_SEGMENTS.includes(f.segment);
	const parts = figuresOf(figures, indicator, isPart);
	return defined(
		parts.flatMap((part) => {
			const total = partnerInSource(figures, { ...part, segment: null }, indicator);
			const siblings = figuresInSource(
				figures,
				part.sourceId,
				indicator,
				(p) =>
					isPart(p) && sameSeriesParts(p, part, ['segment']) && samePeriod(p.period, part.period),
			).sort((a, b) => segmentOrder(a) - segmentOrder(b));
			if (!total && siblings.length < 2) return [];
			const base = total ? [total] : siblings;
			const denominator = base.reduce((s, f) => s + f.value, 0);
			const name = NAMES[indicator];
			const of = total
				? { id: `seluruh ${name.id}`, en: `all ${name.en}` }
				: {
						id: `jumlah ${name.id} segmen ${siblings.map((s) => s.segment).join(' + ')}`,
						en: `${name.en} of segments ${siblings.map((s) => s.segment).join(' + ')}`,
					};
			return [
				makeDerived({
					rule: 'segment_share',
					indicator: SHARED[indicator],
					like: part,
					period: part.period,
					value: (part.value / denominator) * 100,
					unit: 'percent',
					decimals: 2,
					label: labelFor({ id: `Porsi ${name.id}`, en: `Share of ${name.en}` }, part),
					formula: {
						id: `${name.id} segmen ${part.segment} ÷ ${of.id} × 100`,
						en: `${name.en} in segment ${part.segment} ÷ ${of.en} × 100`,
					},
					inputs: [part, ...base],
				}),
			];
		}),
	);
}

/** Segment shares of active, registered and contribution-aid participants. */
export function deriveSegmentShare(figures: RegionFigures): DerivedFigure[] {
	return (Object.keys(SHARED) as (keyof typeof SHARED)[]).flatMap((i) => sharesOf(figures, i));
}
