/**
 * cyrb53: a fast 53-bit string hash (public domain, by bryc). Ids only need to be stable and
 * unlikely to collide (about 1 in 10^8 for 10^4 figures), not cryptographic, and hashing
 * every figure of a national data set with sha256 cost more than validating it.
 */

/** Two hex digits per byte value. */
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const hex = (byte: number) => HEX[byte] ?? '';

/** The hash as 14 hex digits (the 53-bit number, zero-padded). */
export function hash53(text: string, seed = 0): string {
	let h1 = 0xdeadbeef ^ seed;
	let h2 = 0x41c6ce57 ^ seed;
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	// The number is (h2 & 0x1fffff) · 2^32 + h1 as unsigned: its 21 high bits as 6 hex digits,
	// then 8 for h1, byte by byte. Number#toString(16) on a 53-bit double took 4× the hashing.
	const high = h2 & 0x1fffff;
	return (
		hex(high >>> 16) +
		hex((high >>> 8) & 255) +
		hex(high & 255) +
		hex(h1 >>> 24) +
		hex((h1 >>> 16) & 255) +
		hex((h1 >>> 8) & 255) +
		hex(h1 & 255)
	);
}
