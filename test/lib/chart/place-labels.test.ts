/** Greedy label placement: inside the bounds, clear of obstacles and of each other. */
import { describe, expect, it } from 'vitest';
import { overlaps, placeLabels, type Box } from '../../../src/lib/chart/place-labels.ts';
import { must } from './fixture.ts';

const bounds: Box = { x: 0, y: 0, w: 340, h: 200 };
const inside = (b: Box) => b.x >= 0 && b.y >= 0 && b.x + b.w <= 340 && b.y + b.h <= 200;

describe('placeLabels', () => {
	it('keeps close labels apart', () => {
		const requests = [
			{
				key: 'a',
				text: '41,66%',
				cx: 300,
				cy: 60,
				r: 4.5,
				sides: ['above', 'left', 'below'] as const,
			},
			{
				key: 'b',
				text: '41,23% ✓',
				cx: 320,
				cy: 62,
				r: 6,
				sides: ['above', 'below', 'left'] as const,
			},
		];
		const placed = placeLabels(requests, [], bounds, 14);
		expect(placed).toHaveLength(2);
		expect(overlaps(must(placed[0]).box, must(placed[1]).box)).toBe(false);
		for (const p of placed) expect(inside(p.box)).toBe(true);
	});

	it('moves a label off an edge and off obstacles', () => {
		const obstacle: Box = { x: 0, y: 0, w: 340, h: 40 };
		const [label] = placeLabels(
			[
				{
					key: 'a',
					text: 'Target RPJPD: 83,29%',
					cx: 330,
					cy: 50,
					r: 6,
					sides: ['above', 'right', 'below', 'left'],
				},
			],
			[obstacle],
			bounds,
			14,
		);
		expect(label && inside(label.box)).toBe(true);
		expect(label && overlaps(label.box, obstacle)).toBe(false);
	});

	it('falls back to the shorter text when the long one fits nowhere', () => {
		const [label] = placeLabels(
			[
				{
					key: 'a',
					text: 'A very long label that cannot fit anywhere at all here',
					alt: '83%',
					cx: 170,
					cy: 100,
					r: 4,
					sides: ['above', 'below'],
				},
			],
			[],
			{ x: 100, y: 0, w: 140, h: 200 },
			14,
		);
		expect(label?.text).toBe('83%');
	});
});
