/** A reproducible random sample of positions, for spot checks of the data by hand. */

/** mulberry32: a small seeded generator of numbers in [0, 1). */
function generator(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** `count` distinct positions below `size`, chosen by `seed` (all of them when count ≥ size). */
export function sampleIndices(size: number, count: number, seed: number): number[] {
	const next = generator(seed);
	const positions = Array.from({ length: size }, (_, i) => i);
	// A partial Fisher–Yates shuffle: the first `count` places are the sample.
	const n = Math.min(count, size);
	for (let i = 0; i < n; i++) {
		const j = i + Math.floor(next() * (size - i));
		[positions[i], positions[j]] = [positions[j] as number, positions[i] as number];
	}
	return positions.slice(0, n);
}
