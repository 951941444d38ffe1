import { describe, expect, it } from 'vitest';
import { collationRanks } from '../../../src/lib/derive/collation.ts';

describe('collationRanks', () => {
	it('orders every pair as localeCompare does, ties included', () => {
		let seed = 9;
		const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
		const alphabet = ['a', 'B', 'b', 'é', 'e', '-', '_', '|', '1', '10', '2', ' ', '.', 'Z'];
		const texts = ['', 'a', 'A', 'ä', '35.73', '35.7', 'f-00ab', 'f-00AB', 'segment_share'];
		for (let k = 0; k < 300; k++) {
			let text = '';
			for (let i = 0, n = next(6); i < n; i++) text += alphabet[next(alphabet.length)] ?? '';
			texts.push(text);
		}
		const ranks = collationRanks(texts);
		const wrong: string[] = [];
		for (const a of texts)
			for (const b of texts) {
				const order = (ranks.get(a) ?? NaN) - (ranks.get(b) ?? NaN);
				if (Math.sign(order) !== Math.sign(a.localeCompare(b))) wrong.push(`${a} ? ${b}`);
			}
		expect(wrong).toEqual([]);
	});
});
