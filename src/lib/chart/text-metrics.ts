/**
 * Text width estimates for placing labels without a DOM. Widths are in em of a typical
 * system sans-serif and err on the wide side, so estimated labels never touch.
 */

const NARROW = new Set([..."ijlrtfI.,:;!|'’()[] "]);
const WIDE = new Set([...'mwMW%@—']);
const UPPER = /[A-Z0-9]/;

/** Estimated width of `text` at `size` units. */
export function textWidth(text: string, size: number): number {
	let em = 0;
	for (const c of text) {
		if (NARROW.has(c)) em += 0.32;
		else if (WIDE.has(c)) em += 0.92;
		else if (UPPER.test(c)) em += 0.68;
		else em += 0.6;
	}
	return em * size;
}

/** Splits text into lines no wider than `width`, breaking at spaces (a long word stays whole). */
export function wrapText(text: string, width: number, size: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line === '' ? word : `${line} ${word}`;
		if (line !== '' && textWidth(candidate, size) > width) {
			lines.push(line);
			line = word;
		} else {
			line = candidate;
		}
	}
	if (line !== '') lines.push(line);
	return lines;
}
