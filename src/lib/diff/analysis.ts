/**
 * New and resolved cross-check mismatches and conflicts between two analyses, matched by
 * check and conflict id. A mismatch is a warning about the sources, never a reason to change
 * a figure; the diff only says which warnings a change adds or removes.
 */
import type { Analysis, CheckResult, CheckStatus, Conflict } from '../schema/analysis.ts';

/** A mismatch that is gone: its check now passes, is within rounding, or no longer runs. */
export interface ResolvedMismatch {
	before: CheckResult;
	/** The check in the new analysis; undefined when it no longer runs. */
	after?: CheckResult;
}

/** A check whose status changed other than to or from a mismatch. */
export interface StatusChange {
	before: CheckResult;
	after: CheckResult;
}

/** What a change to the data does to the warnings. */
export interface AnalysisDiff {
	newMismatches: CheckResult[];
	resolvedMismatches: ResolvedMismatch[];
	/** pass ↔ within_rounding, for completeness. */
	statusChanges: StatusChange[];
	newConflicts: Conflict[];
	resolvedConflicts: Conflict[];
}

const MISMATCH: CheckStatus = 'mismatch';

/** Compares two analyses of the data before and after a change. */
export function diffAnalysis(before: Analysis, after: Analysis): AnalysisDiff {
	const oldChecks = new Map(before.checks.map((c) => [c.id, c]));
	const newChecks = new Map(after.checks.map((c) => [c.id, c]));
	const newMismatches = after.checks.filter(
		(c) => c.status === MISMATCH && oldChecks.get(c.id)?.status !== MISMATCH,
	);
	const resolvedMismatches: ResolvedMismatch[] = [];
	for (const c of before.checks) {
		if (c.status !== MISMATCH) continue;
		const now = newChecks.get(c.id);
		if (now === undefined) resolvedMismatches.push({ before: c });
		else if (now.status !== MISMATCH) resolvedMismatches.push({ before: c, after: now });
	}
	const statusChanges: StatusChange[] = [];
	for (const c of after.checks) {
		const was = oldChecks.get(c.id);
		if (was && was.status !== c.status && was.status !== MISMATCH && c.status !== MISMATCH) {
			statusChanges.push({ before: was, after: c });
		}
	}
	const oldConflicts = new Set(before.conflicts.map((k) => k.id));
	const newConflictIds = new Set(after.conflicts.map((k) => k.id));
	return {
		newMismatches,
		resolvedMismatches,
		statusChanges,
		newConflicts: after.conflicts.filter((k) => !oldConflicts.has(k.id)),
		resolvedConflicts: before.conflicts.filter((k) => !newConflictIds.has(k.id)),
	};
}
