/**
 * Claims per 1,000 participants = claims (or recipients) ÷ participants × 1,000. Both from one
 * source and region, same segment and funding; the participant count dated inside the
 * claims period.
 */
import type { DerivedFigure } from '../schema/analysis.ts';
import type { Label } from '../schema/enums.ts';
import type { Figure } from '../schema/figure.ts';
import { defined, labelFor, makeDerived } from './make-derived.ts';
import type { RegionFigures } from './figures-index.ts';
import { figuresOf, firstInSource, periodsOverlap } from './select.ts';

/** Participant counts a claims rate may be taken over, in order of preference. */
const RATE_DENOMINATORS: readonly { indicator: string; name: Label }[] = [
	{ indicator: 'active_participants', name: { id: 'peserta aktif', en: 'active participants' } },
	{
		indicator: 'contribution_aid_participants',
		name: { id: 'penerima bantuan iuran', en: 'aid recipients' },
	},
	{
		indicator: 'registered_participants',
		name: { id: 'peserta terdaftar', en: 'registered participants' },
	},
];

/** Claim counts a rate is computed from, in order of preference. */
const NUMERATORS: readonly { indicator: string; name: Label }[] = [
	{ indicator: 'claims_count', name: { id: 'jumlah klaim', en: 'claims' } },
	{ indicator: 'claims_claimants', name: { id: 'penerima klaim', en: 'claim recipients' } },
];

/** The participants of `claims`' source, segment and funding dated inside its period. */
export function participantsFor(figures: RegionFigures, claims: Figure) {
	for (const d of RATE_DENOMINATORS) {
		const found = firstInSource(
			figures,
			claims.sourceId,
			d.indicator,
			(f) =>
				f.region === claims.region &&
				f.segment === claims.segment &&
				f.funding === claims.funding &&
				f.basis === claims.basis &&
				periodsOverlap(f.period, claims.period),
		);
		if (found) return { figure: found, name: d.name };
	}
	return undefined;
}

/** Claims per 1,000 participants for every claims count (or recipients) with participants. */
export function deriveClaimsPer1000(figures: RegionFigures): DerivedFigure[] {
	const done = new Set<string>();
	const out: (DerivedFigure | undefined)[] = [];
	for (const numerator of NUMERATORS) {
		// Scholarship recipients are children, not participants: no rate for them.
		const counts = figuresOf(figures, numerator.indicator, (f) => f.program !== 'BEASISWA');
		for (const claims of counts) {
			// One rate per series and period: counts of claims are preferred over recipients.
			const { sourceId, region, segment, program, funding, basis, period } = claims;
			const key = `${sourceId}|${region}|${segment}|${program}|${funding}|${basis}|${period.text}`;
			if (done.has(key)) continue;
			const participants = participantsFor(figures, claims);
			if (!participants) continue;
			done.add(key);
			out.push(
				makeDerived({
					rule: 'claims_per_1000',
					indicator: 'claims_per_1000',
					like: claims,
					period: claims.period,
					value: (claims.value / participants.figure.value) * 1000,
					unit: 'per_1000',
					decimals: 2,
					label: labelFor(
						{ id: 'Klaim per 1.000 peserta', en: 'Claims per 1,000 participants' },
						claims,
					),
					formula: {
						id: `${numerator.name.id} ÷ ${participants.name.id} × 1.000`,
						en: `${numerator.name.en} ÷ ${participants.name.en} × 1,000`,
					},
					inputs: [claims, participants.figure],
				}),
			);
		}
	}
	return defined(out);
}
