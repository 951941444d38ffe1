/** Conflicts between sources: same series and period, values no rounding reconciles. */
export { findConflicts } from './find-conflicts.ts';
