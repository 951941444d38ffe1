/**
 * Read a number written in Indonesian words: "tiga ratus", "dua puluh lima",
 * "dua miliar enam belas juta" (2,016,000,000). Groups below a thousand are built as
 * [seratus | D ratus] [sepuluh | sebelas | D belas | D puluh] [D]; each group may be followed
 * by a scale word (ribu, juta, miliar, triliun), scales falling left to right; seribu and
 * sejuta are a group and its scale in one word. D is satu…sembilan.
 */
import { DIGIT_WORDS, SCALE_WORDS, SE_WORDS } from './number-words.ts';

/** A number phrase read from running text. */
export interface NumberPhrase {
	/** Offset just past the phrase's last word. */
	end: number;
	value: number;
	/** Multiplier of the last group's scale word (1 when the last group has none). */
	scale: number;
	/** Ended on a scale word with "-an" ("dua jutaan"): a round, approximate amount. */
	approx: boolean;
}

const WORD = /\s*([a-z]+)/iy;
const SCALE_AN = /^(ribu|juta|mil[iy]ar|tril[iy]un)(an)?$/;
/** Places of a group still open: all, below hundreds, below tens, none. */
type Place = 3 | 2 | 1 | 0;

/**
 * The whole number phrase starting at `start` (which must be a word of NUMBER_WORDS), read as
 * far as its words make one number. A word that cannot continue the number ends it; when that
 * word needed the preceding digit or group ("dua juta tiga miliar"), the phrase ends before
 * them, so they can be read as a number of their own ("tiga miliar").
 */
export function readNumberPhrase(text: string, start: number): NumberPhrase | undefined {
	let total = 0;
	let group = 0;
	let digit: number | undefined;
	let place: Place = 3;
	let lastScale = Infinity;
	/** A complete reading after each word: where it ends, and what it says. */
	const readings: NumberPhrase[] = [];
	let beforeDigit = -1;
	let beforeGroup = -1;
	const rollBack = (to: number) => readings.splice(to + 1);
	let pos = start;
	for (;;) {
		WORD.lastIndex = pos;
		const m = WORD.exec(text);
		if (m === null) break;
		const word = (m[1] ?? '').toLowerCase();
		const d = DIGIT_WORDS[word];
		const se = SE_WORDS[word];
		const scaleMatch = SCALE_AN.exec(word);
		let approx = false;
		if (d !== undefined) {
			if (digit !== undefined || place === 0) break;
			if (group === 0 && place === 3) beforeGroup = readings.length - 1;
			beforeDigit = readings.length - 1;
			digit = d;
		} else if (word === 'belas' || word === 'puluh' || word === 'ratus') {
			const needs: Place = word === 'ratus' ? 3 : 2;
			if (digit === undefined) break;
			if (place < needs) {
				rollBack(beforeDigit);
				break;
			}
			group += word === 'belas' ? 10 + digit : word === 'puluh' ? digit * 10 : digit * 100;
			place = word === 'belas' ? 0 : word === 'puluh' ? 1 : 2;
			digit = undefined;
		} else if (se !== undefined && se < 1e3) {
			if (digit !== undefined || place < (se === 100 ? 3 : 2)) break;
			if (group === 0 && place === 3) beforeGroup = readings.length - 1;
			group += se;
			place = se === 100 ? 2 : 0;
		} else if (se !== undefined || scaleMatch !== null) {
			const scale = se ?? SCALE_WORDS[scaleMatch?.[1] ?? ''] ?? 1;
			if (se !== undefined) {
				if (digit !== undefined || group !== 0 || place !== 3) break;
				beforeGroup = readings.length - 1;
				group = 1;
			}
			group += digit ?? 0;
			digit = undefined;
			if (group === 0) break;
			if (scale >= lastScale) {
				rollBack(beforeGroup);
				break;
			}
			total += group * scale;
			lastScale = scale;
			group = 0;
			place = 3;
			approx = scaleMatch?.[2] !== undefined;
		} else break;
		pos = WORD.lastIndex;
		const tail = group + (digit ?? 0);
		readings.push({ end: pos, value: total + tail, scale: tail > 0 ? 1 : lastScale, approx });
		if (approx) break;
	}
	return readings.at(-1);
}
