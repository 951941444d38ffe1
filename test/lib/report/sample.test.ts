import { describe, expect, it } from 'vitest';
import { sampleIndices } from '../../../src/lib/report/sample.ts';

describe('sampleIndices', () => {
	it('gives distinct positions in range, the same for the same seed', () => {
		const a = sampleIndices(1000, 10, 42);
		expect(new Set(a).size).toBe(10);
		for (const i of a) expect(i >= 0 && i < 1000).toBe(true);
		expect(sampleIndices(1000, 10, 42)).toEqual(a);
		expect(sampleIndices(1000, 10, 43)).not.toEqual(a);
	});
	it('takes everything when asked for more than there is', () => {
		expect(sampleIndices(3, 10, 1).sort()).toEqual([0, 1, 2]);
	});
});
