import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { areaRow } from '../../../src/lib/schema/area.ts';
import { described, fieldDescription, listOfCodes } from '../../../src/lib/schema/describe.ts';
import { basis, qualifier } from '../../../src/lib/schema/enums.ts';
import { fastCheckOf, withFastCheck } from '../../../src/lib/schema/fast-check.ts';
import { figureRow } from '../../../src/lib/schema/figure-row.ts';
import { indicatorRow } from '../../../src/lib/schema/indicator.ts';
import { sourceJson } from '../../../src/lib/schema/source.ts';

const schemas = { figureRow, indicatorRow, areaRow, sourceJson };

describe('field descriptions', () => {
	for (const [name, schema] of Object.entries(schemas))
		it(`describe every field of ${name}`, () => {
			const fields = Object.keys(schema.shape) as (keyof typeof schema.shape & string)[];
			const missing = fields.filter((field) => {
				try {
					return fieldDescription(schema, field).trim() === '';
				} catch {
					return true;
				}
			});
			expect(missing).toEqual([]);
		});

	it.each([
		[figureRow, 'segment', 'Participation segment or target group; empty = all'],
		[
			figureRow,
			'qualifier',
			'How the source qualified the number: approx (sekitar), at_least (lebih dari), at_most (kurang dari); empty = exact',
		],
		[sourceJson, 'kind', 'Kind of source: news, official or report'],
		[sourceJson, 'language', 'Language of the text: id or en'],
		[indicatorRow, 'kind', 'stock (level at a point in time) or flow (amount over a period)'],
	] as const)('reads a field description (%#)', (schema, field, text) => {
		expect(fieldDescription(schema as z.ZodObject, field)).toBe(text);
	});

	it.each([
		['basis', basis.codes],
		['qualifier', qualifier.codes],
	] as const)('names every code of %s', (field, codes) => {
		const text = fieldDescription(figureRow, field);
		expect(codes.filter((code) => !text.includes(code))).toEqual([]);
	});

	it('names a field without a description', () => {
		const bare = z.strictObject({ a: z.string() });
		expect(() => fieldDescription(bare, 'a')).toThrow('field a has no description');
	});

	it('keeps the shortcut and the rules of the schema it describes', () => {
		const check = (text: string) =>
			text === 'x' ? { success: true as const, data: 'x' } : undefined;
		const plain = withFastCheck(z.string().min(1, { error: 'empty' }), check);
		const copy = described(plain, 'A letter');
		expect(fastCheckOf(copy)).toBe(check);
		expect(copy.safeParse('').error?.issues[0]?.message).toBe('empty');
		expect(plain.meta()).toBeUndefined();
	});
});

describe('listOfCodes', () => {
	it.each([
		[[], ''],
		[['id'], 'id'],
		[['id', 'en'], 'id or en'],
		[['news', 'official', 'report'], 'news, official or report'],
	])('%j → %j', (codes, text) => {
		expect(listOfCodes(codes)).toBe(text);
	});
});
