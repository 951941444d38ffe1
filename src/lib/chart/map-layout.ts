/**
 * The tile-grid map: equal squares on a 16 × 7 grid, coloured by coverage in five 20-point
 * bins (a colour-blind-safe single-hue scale) with the value written on the tile where it
 * fits; provinces without data are hatched with a dashed outline. Below: legend, then the key
 * naming every province (the tiles only fit their two-letter codes): those with a value by
 * value, in two columns when wide, then the others in groups.
 */
import { FONT, WIDTH, type Variant } from './frames.ts';
import { flagBadge } from './glyphs.ts';
import { layoutLegend, type LegendItem } from './legend.ts';
import { TILE_COLUMNS, TILE_ROWS, type ProvinceTile } from './province-tiles.ts';
import { r1, type Mark, type Scene } from './scene.ts';
import { textWidth, wrapText } from './text-metrics.ts';

/** A province tile with what it shows and where it links. */
export interface MapTile extends ProvinceTile {
	/** Coverage in percent, or null. */
	value: number | null;
	/** The value as written on the tile ("35%"). */
	valueLabel: string;
	/** Link to the province page when it has data. */
	href: string | null;
	/** The province and its value in words: "Kalimantan Barat: sekitar 35,35%". */
	label: string;
	/** True when the province has figures (with or without a coverage value). */
	hasData: boolean;
	/** True when the coverage value fails a cross-check. */
	flagged: boolean;
}

/** The key below the map: one line per province with a value, then named groups of the rest. */
export interface MapKey {
	/** "KB Kalimantan Barat: 35,35% (November 2024)", highest first. */
	values: string[];
	/** Provinces without a value, by group: "Belum ada data" with ["AC Aceh", …]. */
	groups: { title: string; items: string[] }[];
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
	/** Accessible name of the tile's link (null without a link). */
	name: string | null;
}

/** The text a tile shows: its code, and its value when the drawing is wide enough. */
export function tileText(tile: MapTile, variant: Variant): string {
	return tile.value !== null && variant === 'wide' ? `${tile.abbr} ${tile.valueLabel}` : tile.abbr;
}

/**
 * The accessible name of a tile's link: it starts with the text the tile shows (WCAG 2.5.3,
 * label in name), then names the province and its value in words.
 */
export function tileName(tile: MapTile, variant: Variant): string {
	return `${tileText(tile, variant)}, ${tile.label}`;
}

const LINE = 18;

/** Items joined by commas after a title, wrapped to `width` without splitting an item. */
export function wrapItems(title: string, items: readonly string[], width: number): string[] {
	const lines: string[] = [];
	let line = `${title}:`;
	items.forEach((item, i) => {
		const word = i < items.length - 1 ? `${item},` : item;
		const candidate = `${line} ${word}`;
		if (textWidth(candidate, FONT.small) > width && line !== '') {
			lines.push(line);
			line = word;
		} else {
			line = candidate;
		}
	});
	lines.push(line);
	return lines;
}

/** The key from `y`: values in `columns` columns (filled top to bottom), then the groups. */
function layoutKey(key: MapKey, y: number, width: number, columns: number) {
	const marks: Mark[] = [];
	const text = (x: number, at: number, line: string): Mark => ({
		type: 'text',
		x: r1(x),
		y: r1(at),
		text: line,
		cls: 'tick',
	});
	const colWidth = width / columns;
	const perColumn = Math.ceil(key.values.length / columns);
	let bottom = y;
	for (let c = 0; c < columns; c++) {
		let cy = y;
		for (const item of key.values.slice(c * perColumn, (c + 1) * perColumn)) {
			for (const line of wrapText(item, colWidth - 12, FONT.small)) {
				cy += LINE;
				marks.push(text(c * colWidth, cy, line));
			}
		}
		bottom = Math.max(bottom, cy);
	}
	for (const group of key.groups) {
		if (group.items.length === 0) continue;
		bottom += 6;
		for (const line of wrapItems(group.title, group.items, width)) {
			bottom += LINE;
			marks.push(text(0, bottom, line));
		}
	}
	return { marks, bottom };
}

/** Lays out the map with its legend and key. */
export function layoutMap(
	tiles: readonly MapTile[],
	legend: readonly LegendItem[],
	key: MapKey,
	variant: Variant,
): Scene & { tiles: PlacedTile[] } {
	const width = WIDTH[variant];
	const step = width / TILE_COLUMNS;
	const size = step - 2;
	const marks: Mark[] = [];
	const flags: Mark[] = [];
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
				// The space keeps the code and the value apart in the link's text content ("KB 35%",
				// the start of its accessible name); SVG does not draw a trailing space.
				text: showValue ? `${t.abbr} ` : t.abbr,
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
		// The flag is drawn after every tile, outside the link: its "!" is not part of the
		// tile's visible label, and no neighbouring tile covers it.
		if (t.flagged) {
			flags.push(
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
		const name = t.href ? tileName(t, variant) : null;
		if (t.href && name) marks.push({ type: 'link', href: t.href, label: name, marks: tileMarks });
		else marks.push(...tileMarks);
		placed.push({ code: t.code, x, y, size: r1(size), cls, name });
	}
	marks.push(...flags);
	let y = TILE_ROWS * step + 10;
	const legendMarks = layoutLegend(legend, 0, y, width);
	marks.push(...legendMarks.marks);
	y += legendMarks.height + 8;
	const keyMarks = layoutKey(key, y, width, variant === 'wide' ? 2 : 1);
	marks.push(...keyMarks.marks);
	return { width, height: r1(keyMarks.bottom + 8), marks, tiles: placed };
}
