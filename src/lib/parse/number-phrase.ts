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

/** A number phrase being read: its value so far, and the readings to roll back to. */
interface Phrase {
	/** The groups closed by a scale word. */
	total: number;
	/** The open group below a thousand. */
	group: number;
	/** A digit word waiting for belas, puluh, ratus or a scale word. */
	digit: number | undefined;
	place: Place;
	/** Scale of the last scale word: the next must be smaller. */
	lastScale: number;
	/** A complete reading after each word: where it ends, and what it says. */
	readings: NumberPhrase[];
	/** The last reading before the waiting digit, and before the open group. */
	beforeDigit: number;
	beforeGroup: number;
}

/** Ends the phrase at reading `to`: the words after it are read as a number of their own. */
function rollBack(p: Phrase, to: number): false {
	p.readings.splice(to + 1);
	return false;
}

/** satu … sembilan: a digit, unless one already waits or the group is full. */
function readDigit(p: Phrase, d: number): boolean {
	if (p.digit !== undefined || p.place === 0) return false;
	if (p.group === 0 && p.place === 3) p.beforeGroup = p.readings.length - 1;
	p.beforeDigit = p.readings.length - 1;
	p.digit = d;
	return true;
}

/** belas, puluh, ratus: the waiting digit as teens, tens or hundreds, if that place is open. */
function readFollower(p: Phrase, word: 'belas' | 'puluh' | 'ratus'): boolean {
	if (p.digit === undefined) return false;
	if (p.place < (word === 'ratus' ? 3 : 2)) return rollBack(p, p.beforeDigit);
	const d = p.digit;
	p.group += word === 'belas' ? 10 + d : word === 'puluh' ? d * 10 : d * 100;
	p.place = word === 'belas' ? 0 : word === 'puluh' ? 1 : 2;
	p.digit = undefined;
	return true;
}

/** sepuluh, sebelas, seratus: 10, 11 or 100 in the open group, if that place is open. */
function readSeGroup(p: Phrase, se: number): boolean {
	if (p.digit !== undefined || p.place < (se === 100 ? 3 : 2)) return false;
	if (p.group === 0 && p.place === 3) p.beforeGroup = p.readings.length - 1;
	p.group += se;
	p.place = se === 100 ? 2 : 0;
	return true;
}

/**
 * A scale word closes the open group (seribu and sejuta bring their own group of one), if it
 * is smaller than the last scale word.
 */
function readScale(p: Phrase, scale: number, ownGroup: boolean): boolean {
	if (ownGroup) {
		if (p.digit !== undefined || p.group !== 0 || p.place !== 3) return false;
		p.beforeGroup = p.readings.length - 1;
		p.group = 1;
	}
	p.group += p.digit ?? 0;
	p.digit = undefined;
	if (p.group === 0) return false;
	if (scale >= p.lastScale) return rollBack(p, p.beforeGroup);
	p.total += p.group * scale;
	p.lastScale = scale;
	p.group = 0;
	p.place = 3;
	return true;
}

/** Takes `word` into the phrase; false when it cannot continue it. */
function readWord(p: Phrase, word: string, scaleWord: RegExpExecArray | null): boolean {
	const d = DIGIT_WORDS[word];
	if (d !== undefined) return readDigit(p, d);
	if (word === 'belas' || word === 'puluh' || word === 'ratus') return readFollower(p, word);
	const se = SE_WORDS[word];
	if (se !== undefined) return se < 1e3 ? readSeGroup(p, se) : readScale(p, se, true);
	if (scaleWord !== null) return readScale(p, SCALE_WORDS[scaleWord[1] ?? ''] ?? 1, false);
	return false;
}

/**
 * The whole number phrase starting at `start` (which must be a word of NUMBER_WORDS), read as
 * far as its words make one number. A word that cannot continue the number ends it; when that
 * word needed the preceding digit or group ("dua juta tiga miliar"), the phrase ends before
 * them, so they can be read as a number of their own ("tiga miliar").
 */
export function readNumberPhrase(text: string, start: number): NumberPhrase | undefined {
	const p: Phrase = {
		total: 0,
		group: 0,
		digit: undefined,
		place: 3,
		lastScale: Infinity,
		readings: [],
		beforeDigit: -1,
		beforeGroup: -1,
	};
	let pos = start;
	for (;;) {
		WORD.lastIndex = pos;
		const m = WORD.exec(text);
		if (m === null) break;
		const word = (m[1] ?? '').toLowerCase();
		const scaleWord = SCALE_AN.exec(word);
		if (!readWord(p, word, scaleWord)) break;
		pos = WORD.lastIndex;
		const tail = p.group + (p.digit ?? 0);
		// "dua jutaan": a scale word with -an is a round, approximate amount, and ends the phrase.
		const approx = scaleWord?.[2] !== undefined;
		p.readings.push({ end: pos, value: p.total + tail, scale: tail > 0 ? 1 : p.lastScale, approx });
		if (approx) break;
	}
	return p.readings.at(-1);
}
