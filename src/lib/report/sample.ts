/** A reproducible random sample of positions, for spot checks of the data by hand. */
import { random } from '../synth/generate.ts';

/** `count` distinct positions below `size`, chosen by `seed` (all of them when count ≥ size). */
export function sampleIndices(size: number, count: number, seed: number): number[] {
	const next = random(seed);
	const positions = Array.from({ length: size }, (_, i) => i);
	// A partial Fisher–Yates shuffle: the first `count` places are the sample.
	const n = Math.min(count, size);
	for (let i = 0; i < n; i++) {
		const j = i + Math.floor(next() * (size - i));
		[positions[i], positions[j]] = [positions[j] as number, positions[i] as number];
	}
	return positions.slice(0, n);
}
