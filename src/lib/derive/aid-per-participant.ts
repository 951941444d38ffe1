/**
 * Contribution aid per participant: per month = budget ÷ (participants × months), and per
 * year. Budget, participants and months come from one source, for the same region,
 * breakdown, basis and budget year.
 */
import type { DerivedFigure } from '../schema/analysis.ts';
import type { Figure } from '../schema/figure.ts';
import { defined, labelFor, makeDerived } from './make-derived.ts';
import { figuresOf, partnerInSource } from './select.ts';

function perParticipant(figures: readonly Figure[], budget: Figure): (DerivedFigure | undefined)[] {
	const participants = partnerInSource(figures, budget, 'contribution_aid_participants');
	if (!participants) return [];
	const months = partnerInSource(figures, budget, 'contribution_aid_months');
	const common = { like: budget, period: budget.period, decimals: 0 };
	if (!months) {
		return [
			makeDerived({
				...common,
				rule: 'aid_per_participant_year',
				indicator: 'contribution_aid_per_participant_year',
				value: budget.value / participants.value,
				unit: 'idr_per_person_year',
				label: labelFor(
					{ id: 'Bantuan iuran per peserta per tahun', en: 'Aid per participant per year' },
					budget,
				),
				formula: {
					id: 'anggaran ÷ penerima bantuan (anggaran dianggap untuk satu tahun)',
					en: 'budget ÷ aid recipients (the budget taken to cover one year)',
				},
				inputs: [budget, participants],
			}),
		];
	}
	const perMonth = budget.value / (participants.value * months.value);
	return [
		makeDerived({
			...common,
			rule: 'aid_per_participant_month',
			indicator: 'contribution_aid_monthly_contribution',
			value: perMonth,
			unit: 'idr_per_person_month',
			label: labelFor(
				{ id: 'Bantuan iuran per peserta per bulan', en: 'Aid per participant per month' },
				budget,
			),
			formula: {
				id: 'anggaran ÷ (penerima bantuan × lama bantuan dalam bulan)',
				en: 'budget ÷ (aid recipients × months of aid)',
			},
			inputs: [budget, participants, months],
		}),
		makeDerived({
			...common,
			rule: 'aid_per_participant_year',
			indicator: 'contribution_aid_per_participant_year',
			value: perMonth * 12,
			unit: 'idr_per_person_year',
			label: labelFor(
				{ id: 'Bantuan iuran per peserta per tahun', en: 'Aid per participant per year' },
				budget,
			),
			formula: {
				id: 'anggaran ÷ (penerima bantuan × lama bantuan dalam bulan) × 12',
				en: 'budget ÷ (aid recipients × months of aid) × 12',
			},
			inputs: [budget, participants, months],
		}),
	];
}

/** Aid per participant per month (when the months are given) and per year. */
export function deriveAidPerParticipant(figures: readonly Figure[]): DerivedFigure[] {
	return defined(
		figuresOf(figures, 'contribution_aid_budget').flatMap((b) => perParticipant(figures, b)),
	);
}
