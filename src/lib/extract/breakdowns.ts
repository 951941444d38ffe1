/**
 * Breakdown codes, basis and plan for an extracted number, from the cue words of its clause
 * and sentence (see cues.ts). Only breakdowns the indicator allows are filled.
 */
import type { Basis, Breakdown, Funding, Level, Plan, Program, Segment } from '../schema/enums.ts';
import {
	FUNDING_CUES,
	LEVEL_CUES,
	PLAN_CUES,
	PROGRAM_CUES,
	SEGMENT_CUES,
	cueHits,
	distinctCodes,
	type CueHit,
	type Cues,
} from './cues.ts';

interface Range {
	start: number;
	end: number;
}

/** Where to look: the clause first, then the sentence, then the paragraph. */
export interface Scopes {
	text: string;
	number: Range;
	clause: Range;
	sentence: Range;
	paragraph: Range;
}

/** Breakdown codes, basis and plan, with a note per guess for the reviewer. */
export interface BreakdownGuess {
	segment: Segment | '';
	program: Program | '';
	funding: Funding | '';
	level: Level | '';
	basis: Basis;
	plan: Plan | '';
	notes: string[];
}

/** The nearest code in the clause; else the only code of the sentence, if there is just one. */
function pick<C extends string>(
	cues: Cues<C>,
	s: Scopes,
	preferAfter = false,
): CueHit<C> | undefined {
	const inClause = cueHits(cues, s.text, s.clause, s.number);
	if (preferAfter) {
		const after = inClause.find((h) => h.after);
		if (after) return after;
	}
	if (inClause[0]) return inClause[0];
	const inSentence = cueHits(cues, s.text, s.sentence, s.number);
	return distinctCodes(inSentence).length === 1 ? inSentence[0] : undefined;
}

const TARGET =
	/\b(?:target(?:nya)?|ditargetkan|ditarget|mentargetkan|menargetkan|sasaran\s+capaian)\b/gi;
const BASELINE = /\bbaseline\b|\bnilai\s+awal\b/gi;
const ACTUAL = /\b(?:capaian|mencapai|tercapai|terlampaui|realisasi|terealisasi|sebesar)\b/gi;
const PLANNED = /direncanakan|rencana(?:nya)?|akan\s+(?:dialokasikan|dianggarkan|diberikan)/i;
/** Words that make the "mencapai" after them a goal: "harus mencapai", "bisa mencapai". */
const ASPIRED = /\b(?:harus|bisa|dapat|akan|diharapkan|mampu|agar|untuk)\s+$/i;

/** The nearest of the target / baseline / actual words before the number in its sentence. */
function percentBasis(s: Scopes): { basis: Basis; cue?: string } {
	const before = s.text.slice(s.sentence.start, s.number.start);
	let best: { basis: Basis; at: number; cue: string } | undefined;
	for (const [basis, re] of [
		['target', TARGET],
		['baseline', BASELINE],
		['actual', ACTUAL],
	] as const) {
		for (const m of before.matchAll(re)) {
			// "sebesar" only says a value follows, and "harus/bisa/akan mencapai" is the goal a
			// target word set up: neither outranks a target word before it.
			const aspired = basis === 'actual' && ASPIRED.test(before.slice(0, m.index));
			const at = m[0].toLowerCase() === 'sebesar' || aspired ? -1 : m.index;
			if (!best || at > best.at) best = { basis, at, cue: m[0] };
		}
	}
	return best ? { basis: best.basis, cue: best.cue } : { basis: 'actual' };
}

/**
 * Guesses breakdowns for a figure of an indicator allowing `allowed`. Coverage rates look for
 * target and baseline words; budgets and aid for "direncanakan" (planned).
 */
export function guessBreakdowns(
	s: Scopes,
	indicator: string,
	allowed: readonly Breakdown[],
): BreakdownGuess {
	const notes: string[] = [];
	const out: BreakdownGuess = {
		segment: '',
		program: '',
		funding: '',
		level: '',
		basis: 'actual',
		plan: '',
		notes,
	};
	if (allowed.includes('segment')) guessSegment(out, s, indicator);
	if (allowed.includes('level')) guessLevel(out, s);
	if (allowed.includes('program')) guessProgram(out, s);
	if (allowed.includes('funding')) guessFunding(out, s, indicator);
	guessBasis(out, s, indicator);
	if (out.basis === 'target' || out.basis === 'baseline') {
		const plan = guessPlan(s);
		out.plan = plan.plan;
		notes.push(plan.note);
	}
	return { ...out, notes };
}

/** The segment named near the number, into `out`. */
function guessSegment(out: BreakdownGuess, s: Scopes, indicator: string): void {
	let hit = pick(SEGMENT_CUES, s);
	// Aid paragraphs name their target group once ("Bantuan Iuran diberikan kepada … Pekerja
	// rentan"): the only group of the paragraph applies to its budgets and head-counts.
	if (!hit && indicator.startsWith('contribution_aid')) {
		const inParagraph = cueHits(SEGMENT_CUES, s.text, s.paragraph, s.number);
		if (distinctCodes(inParagraph).length === 1) hit = inParagraph[0];
	}
	if (hit) {
		out.segment = hit.code;
		out.notes.push(`segment "${hit.raw}"`);
	}
}

/** The school level named near the number (preferring one after it), into `out`. */
function guessLevel(out: BreakdownGuess, s: Scopes): void {
	const hit = pick(LEVEL_CUES, s, true);
	if (hit) {
		out.level = hit.code;
		out.notes.push(`level "${hit.raw}"`);
	}
}

/** The programme into `out`: a school level means scholarships, else the one named. */
function guessProgram(out: BreakdownGuess, s: Scopes): void {
	const hit = out.level === '' ? pick(PROGRAM_CUES, s) : undefined;
	if (out.level !== '') out.program = 'BEASISWA';
	else if (hit) {
		out.program = hit.code;
		out.notes.push(`program "${hit.raw}"`);
	}
}

/** The fund named in the sentence or paragraph, else APBD for regional aid, into `out`. */
function guessFunding(out: BreakdownGuess, s: Scopes, indicator: string): void {
	const inSentence = cueHits(FUNDING_CUES, s.text, s.sentence, s.number);
	const inParagraph = cueHits(FUNDING_CUES, s.text, s.paragraph, s.number);
	const hit = inSentence[0] ?? inParagraph[0];
	const sentence = s.text.slice(s.sentence.start, s.sentence.end);
	if (hit) {
		out.funding = hit.code;
		out.notes.push(`funding "${hit.raw}"`);
	} else if (
		indicator.startsWith('contribution_aid') &&
		/pemerintah\s+(?:kabupaten|kota|provinsi|daerah)|\bpem(?:kab|kot|prov)\b/i.test(sentence)
	) {
		out.funding = 'APBD';
		out.notes.push('funding APBD: paid by the regional government, fund not named');
	}
}

/** Target or baseline for coverage rates, planned for budgets and aid, into `out`. */
function guessBasis(out: BreakdownGuess, s: Scopes, indicator: string): void {
	if (indicator === 'coverage_rate') {
		const { basis, cue } = percentBasis(s);
		out.basis = basis;
		if (basis !== 'actual') out.notes.push(`basis "${cue ?? basis}"`);
	} else if (/^(?:active|registered|new)_participants$/.test(indicator)) {
		// "menargetkan 1 juta peserta": a target word in the clause before a head-count.
		const m = [...s.text.slice(s.clause.start, s.number.start).matchAll(TARGET)].at(-1);
		if (m) {
			out.basis = 'target';
			out.notes.push(`basis "${m[0]}"`);
		}
	} else if (/budget|aid_participants|aid_months/.test(indicator)) {
		const clauseBefore = s.text.slice(s.clause.start, s.number.start);
		const sentenceBefore = s.text.slice(s.sentence.start, s.number.start);
		const m = PLANNED.exec(clauseBefore) ?? PLANNED.exec(sentenceBefore.slice(-90));
		if (m) {
			out.basis = 'planned';
			out.notes.push(`basis "${m[0]}"`);
		}
	}
}

/** The plan a target comes from: a plan named in the sentence or paragraph, else BPJS's own. */
export function guessPlan(s: Scopes): { plan: Plan | ''; note: string } {
	// Plans are named before their targets ("dalam RPJMN tahun 2024 sebesar 50,24 persen").
	for (const scope of [s.sentence, s.paragraph]) {
		const hits = cueHits(PLAN_CUES, s.text, scope, s.number);
		const hit = hits.find((h) => !h.after) ?? hits[0];
		if (hit) return { plan: hit.code, note: `plan "${hit.raw}"` };
	}
	const sentence = s.text.slice(s.sentence.start, s.sentence.end);
	if (/\bBPJS\b/.test(sentence)) {
		return { plan: 'BPJS', note: 'plan BPJS: no plan document named, BPJS states the target' };
	}
	return {
		plan: 'UNNAMED',
		note: 'plan not named: UNNAMED — name the plan (RPJPN, RPJMN, RPJPD, RPJMD, PEMDA, …) if the article does',
	};
}
