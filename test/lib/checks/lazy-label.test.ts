import { describe, expect, it } from 'vitest';
import { LazyLabel } from '../../../src/lib/checks/lazy-label.ts';
import type { Locale } from '../../../src/lib/format/locale.ts';

describe('LazyLabel', () => {
	it('writes each language on its first read only, and keeps it', () => {
		const built: Locale[] = [];
		const label = new LazyLabel((l) => {
			built.push(l);
			return l === 'id' ? `teks ${built.length}` : `text ${built.length}`;
		});
		expect(built).toEqual([]);
		expect(label.en).toBe('text 1');
		expect(label['en']).toBe('text 1');
		expect(built).toEqual(['en']);
		expect(label.id).toBe('teks 2');
		expect(label.id).toBe('teks 2');
		expect(built).toEqual(['en', 'id']);
	});

	it('gives both texts to JSON.stringify', () => {
		const label = new LazyLabel((l) => `${l}!`);
		expect(JSON.stringify({ message: label })).toBe('{"message":{"id":"id!","en":"en!"}}');
	});
});
