/**
 * The tile-grid map: equal squares on a 16 × 7 grid, coloured by coverage in five 20-point
 * bins (a colour-blind-safe single-hue scale) with the value written on the tile where it
 * fits; provinces without data are hatched with a dashed outline. Below: legend, then the
 * provinces with a value, by name.
 */
import { FONT, WIDTH, type Variant } from './frames.ts';
import { flagBadge } from './glyphs.ts';
import { layoutLegend, type LegendItem } from './legend.ts';
import { TILE_COLUMNS, TILE_ROWS, type ProvinceTile } from './province-tiles.ts';
import { r1, type Mark, type Scene } from './scene.ts';
import { wrapText } from './text-metrics.ts';

/** A province tile with what it shows and where it links. */
export interface MapTile extends ProvinceTile {
	/** Coverage in percent, or null. */
	value: number | null;
	/** The value as written on the tile ("35%"). */
	valueLabel: string;
	/** Link to the province page when it has data. */
	href: string | null;
	/** Accessible name of the link: "Kalimantan Barat: 35,35%". */
	label: string;
	/** True when the province has figures (with or without a coverage value). */
	hasData: boolean;
	/** True when the coverage value fails a cross-check. */
	flagged: boolean;
}

/** The coverage bin of a value: 0 for [0, 20), …, 4 for [80, 100]. */
export function binOf(value: number): number {
	return Math.max(0, Math.min(4, Math.floor(value / 20)));
}

/** Where a tile landed, for tests. */
export interface PlacedTile {
	code: string;
	x: number;
	y: number;
	size: number;
	cls: string;
}

/** Lays out the map with its legend and list of values (`list`: one line per province). */
export function layoutMap(
	tiles: readonly MapTile[],
	legend: readonly LegendItem[],
	list: readonly string[],
	variant: Variant,
): Scene & { tiles: PlacedTile[] } {
	const width = WIDTH[variant];
	const step = width / TILE_COLUMNS;
	const size = step - 2;
	const marks: Mark[] = [];
	const placed: PlacedTile[] = [];
	for (const t of tiles) {
		const x = r1(t.col * step + 1);
		const y = r1(t.row * step + 1);
		const cls =
			t.value !== null ? `tile bin-${binOf(t.value)}` : t.hasData ? 'tile-nocov' : 'tile-nodata';
		const ink = t.value !== null && binOf(t.value) >= 3 ? 'tile-text-light' : 'tile-text-dark';
		const textCls = t.value !== null ? `${ink} tick` : 'tick';
		const showValue = t.value !== null && variant === 'wide';
		const rect: Mark = { type: 'rect', x, y, width: r1(size), height: r1(size), cls, key: t.code };
		if (cls === 'tile-nodata') rect.fill = 'hatch-muted';
		const tileMarks: Mark[] = [
			rect,
			{
				type: 'text',
				x: r1(x + size / 2),
				y: r1(y + size / 2 + (showValue ? -2 : FONT.small * 0.36)),
				text: t.abbr,
				cls: textCls,
				anchor: 'middle',
			},
		];
		if (showValue) {
			tileMarks.push({
				type: 'text',
				x: r1(x + size / 2),
				y: r1(y + size / 2 + FONT.small),
				text: t.valueLabel,
				cls: `${ink} tick`,
				anchor: 'middle',
			});
		}
		if (t.flagged) {
			tileMarks.push(
				{
					type: 'rect',
					x: r1(x - 2),
					y: r1(y - 2),
					width: r1(size + 4),
					height: r1(size + 4),
					cls: 'flag-outline',
				},
				...flagBadge(x + size, y, t.code),
			);
		}
		if (t.href) marks.push({ type: 'link', href: t.href, label: t.label, marks: tileMarks });
		else marks.push(...tileMarks);
		placed.push({ code: t.code, x, y, size: r1(size), cls });
	}
	let y = TILE_ROWS * step + 10;
	const key = layoutLegend(legend, 0, y, width);
	marks.push(...key.marks);
	y += key.height + 8;
	for (const item of list) {
		for (const line of wrapText(item, width, FONT.small)) {
			y += 18;
			marks.push({ type: 'text', x: 0, y: r1(y), text: line, cls: 'tick' });
		}
	}
	return { width, height: r1(y + 8), marks, tiles: placed };
}
