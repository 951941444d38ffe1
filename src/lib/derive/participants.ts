/**
 * Which participant count goes with a coverage denominator. UCJ is defined on active
 * participants (DOMAIN.md §2); some sources give only registered ones ("terdaftar", Malang),
 * which is a different status, so a formula built on them says so.
 */
import type { Label } from '../schema/enums.ts';
import type { Figure } from '../schema/figure.ts';
import type { RegionFigures } from './figures-index.ts';
import { partnersForDerived, partnerInSource } from './select.ts';

const PARTICIPANT_STATUS = {
	active_participants: { id: 'peserta aktif', en: 'active participants' },
	registered_participants: {
		id: 'peserta terdaftar (bukan peserta aktif)',
		en: 'registered participants (not active participants)',
	},
} as const satisfies Record<string, Label>;

export type ParticipantIndicator = keyof typeof PARTICIPANT_STATUS;

/** Active participants when the source gives them, else registered ones. */
const ORDER: readonly ParticipantIndicator[] = ['active_participants', 'registered_participants'];

/** Participants matching `anchor` in its own source: active first, then registered. */
export function participantsInSource(figures: RegionFigures, anchor: Figure) {
	for (const indicator of ORDER) {
		const found = partnerInSource(figures, anchor, indicator);
		if (found) return { figure: found, status: PARTICIPANT_STATUS[indicator] };
	}
	return undefined;
}

/** Participants for a derived figure: the anchor's source first, else same-period sources. */
export function participantsForDerived(figures: RegionFigures, anchor: Figure) {
	for (const indicator of ORDER) {
		const found = partnersForDerived(figures, anchor, indicator);
		if (found.length > 0)
			return found.map((figure) => ({ figure, status: PARTICIPANT_STATUS[indicator] }));
	}
	return [];
}
