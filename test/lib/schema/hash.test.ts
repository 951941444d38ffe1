import { describe, expect, it } from 'vitest';
import { hash53 } from '../../../src/lib/schema/hash.ts';
import { figureId } from '../../../src/lib/schema/series.ts';

/** cyrb53 as published, with Number#toString(16): what hash53 must keep giving (permalinks). */
function reference(text: string, seed = 0): string {
	let h1 = 0xdeadbeef ^ seed;
	let h2 = 0x41c6ce57 ^ seed;
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

describe('hash53', () => {
	it('agrees with the published cyrb53 over many texts and seeds', () => {
		const texts = ['', 'a', 'Kota Malang', 'é—💥', '\u0000'];
		for (let i = 0; i < 20_000; i++)
			texts.push(`35.73|coverage_rate|PU||||actual|@${i}@src-${i % 97}`);
		for (const [i, text] of texts.entries()) {
			expect(hash53(text)).toBe(reference(text));
			expect(hash53(text, i)).toBe(reference(text, i));
		}
	});

	it('keeps a figure id (a permalink) unchanged', () => {
		const parts = {
			region: '35.73',
			indicator: 'coverage_rate',
			segment: null,
			program: null,
			funding: null,
			level: null,
			basis: 'actual' as const,
			plan: null,
		};
		expect(figureId(parts, '2024', 'malang-2025-01-02')).toBe('f-1fbf46fc2410b9');
	});
});
