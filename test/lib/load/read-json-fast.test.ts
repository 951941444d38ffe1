import { parseTree, type ParseError } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { readJson } from '../../../src/lib/load/read-json.ts';

/** Seeded random integers below `n` (Park–Miller), so a failure can be replayed. */
function randomInts(seed: number): (n: number) => number {
	let s = seed;
	return (n) => (s = (s * 48271) % 2147483647) % n;
}

const BASE = `{
	"title": "Kutipan \\"resmi\\" \\u00e9",
	"published": "2025-10-31",
	"quoted": [{ "name": "A", "role": "B" }],
	"n": -1.5e3, "ok": true, "none": null
}`;

/** Texts near valid JSON: random characters inserted, deleted or replaced. */
function texts(): string[] {
	const next = randomInts(5);
	const pieces = [
		' ',
		'\t',
		'\n',
		'\r',
		'\v',
		'\f',
		'\u00a0',
		'\u2028',
		',',
		'}',
		']',
		'"',
		'/',
		'//',
		'/*',
		'\\',
		'e',
		'0',
		'-',
		'+',
		'.',
		':',
		'\u0001',
	];
	const out: string[] = ['', 'null', '1', '"x"', '[]', '{}', ' {} ', '{"a":1,}', '[1,]', BASE];
	for (let k = 0; k < 5000; k++) {
		let text = BASE;
		for (let m = 0, edits = 1 + next(3); m < edits; m++) {
			const at = next(text.length + 1);
			const piece = pieces[next(pieces.length)] ?? '';
			const kind = next(3);
			text =
				kind === 0
					? text.slice(0, at) + piece + text.slice(at)
					: kind === 1
						? text.slice(0, at) + text.slice(at + 1)
						: text.slice(0, at) + piece + text.slice(at + 1);
		}
		out.push(text);
	}
	return out;
}

const parses = (text: string) => {
	try {
		JSON.parse(text);
		return true;
	} catch {
		return false;
	}
};

describe('readJson', () => {
	it('finds no syntax error in any text JSON.parse accepts (so it may skip the tree parser)', () => {
		const all = texts();
		const accepted = all.filter(parses);
		const flagged = accepted.filter((text) => {
			const errors: ParseError[] = [];
			parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
			return errors.length > 0;
		});
		expect(flagged).toEqual([]);
		// Both kinds must occur, or the test proves nothing.
		expect(accepted.length).toBeGreaterThan(100);
		expect(all.length - accepted.length).toBeGreaterThan(100);
	});

	it('still locates keys when the tree is built late', () => {
		const json = readJson('s.json', BASE);
		expect(json.issues).toEqual([]);
		expect(json.locate(['published'])).toEqual({ line: 3, column: 2 });
		expect(json.locate(['quoted', 0, 'role'])).toEqual({ line: 4, column: 28 });
		expect(json.locate(['missing'])).toEqual({ line: 1, column: 1 });
	});
});
