import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { areaRow } from '../../../src/lib/schema/area.ts';
import { fastCheckOf } from '../../../src/lib/schema/fast-check.ts';
import { figureRow } from '../../../src/lib/schema/figure-row.ts';
import { indicatorRow } from '../../../src/lib/schema/indicator.ts';

/** Seeded random integers below `n` (Park–Miller), so a failure can be replayed. */
function randomInts(seed: number): (n: number) => number {
	let s = seed;
	return (n) => (s = (s * 48271) % 2147483647) % n;
}

/** Cell texts: numbers in many spellings, words, blanks, bidi controls, very long texts. */
function texts(): string[] {
	const next = randomInts(3);
	const pieces = [
		'1',
		'0',
		'42',
		'-',
		'.',
		',',
		' ',
		'\t',
		'\u00a0',
		'e',
		'persen',
		'Rp',
		'\u202e',
		'\u2066',
		'x',
		'\n',
	];
	const out = [
		'',
		' ',
		'0',
		'-0',
		'8.38',
		' 12 ',
		'1.',
		'.5',
		'1e3',
		'00012',
		'x'.repeat(300),
		'x'.repeat(301),
		'y'.repeat(600),
		'y'.repeat(601),
		` ${'z'.repeat(600)} `,
		'n'.repeat(2001),
	];
	for (let k = 0; k < 4000; k++) {
		let text = '';
		for (let m = 0, count = next(8); m < count; m++) text += pieces[next(pieces.length)] ?? '';
		out.push(text);
	}
	return out;
}

const shapes: Record<string, z.ZodType>[] = [figureRow.shape, indicatorRow.shape, areaRow.shape];

describe('cell shortcuts', () => {
	const all = texts();
	const fields = shapes.flatMap((shape) =>
		Object.entries(shape).flatMap(([name, schema]) => {
			const check = fastCheckOf(schema);
			return check ? [{ name, schema, check }] : [];
		}),
	);

	it('exist for the columns that differ in every row', () => {
		expect(fields.map((f) => f.name)).toEqual(expect.arrayContaining(['quote', 'value', 'note']));
	});

	for (const { name, schema, check } of [...new Set(fields)])
		it(`answer only as the schema does (${name})`, () => {
			let answered = 0;
			const wrong: string[] = [];
			for (const text of all) {
				const quick = check(text);
				if (!quick) continue;
				answered++;
				const full = schema.safeParse(text);
				if (!full.success || !Object.is(full.data, quick.data)) wrong.push(JSON.stringify(text));
			}
			expect(wrong).toEqual([]);
			expect(answered).toBeGreaterThan(0);
		});
});
