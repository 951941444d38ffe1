/**
 * The tile-grid map: equal squares on a 16 × 7 grid, coloured by coverage in five 20-point
 * bins (a colour-blind-safe single-hue scale) with the value written on the tile where it
 * fits; provinces without data are hatched with a dashed outline. Below: legend, then the key
 * naming every province (the tiles only fit their two-letter codes): those with a value by
 * value, in two columns when wide, then the others in groups.
 */
import { FONT, LINE_HEIGHT, WIDTH, type Variant } from './frames.ts';
import { flagBadge } from './glyphs.ts';
import { layoutLegend, type LegendItem } from './legend.ts';
import { flagOutline, textMark } from './marks.ts';
import { TILE_COLUMNS, TILE_ROWS, type ProvinceTile } from './province-tiles.ts';
import { r1, type Mark, type RectMark, type Scene } from './scene.ts';
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

/** The key lists the provinces in two columns when wide. */
const KEY_COLUMNS: Record<Variant, number> = { narrow: 1, wide: 2 };

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
	const colWidth = width / columns;
	const perColumn = Math.ceil(key.values.length / columns);
	let bottom = y;
	for (let c = 0; c < columns; c++) {
		let cy = y;
		for (const item of key.values.slice(c * perColumn, (c + 1) * perColumn)) {
			for (const line of wrapText(item, colWidth - 12, FONT.small)) {
				cy += LINE_HEIGHT;
				marks.push(textMark(c * colWidth, cy, line, 'tick'));
			}
		}
		bottom = Math.max(bottom, cy);
	}
	for (const group of key.groups) {
		if (group.items.length === 0) continue;
		bottom += 6;
		for (const line of wrapItems(group.title, group.items, width)) {
			bottom += LINE_HEIGHT;
			marks.push(textMark(0, bottom, line, 'tick'));
		}
	}
	return { marks, bottom };
}

/** Lays out the map with its legend and key: tiles, then their flags, legend and key. */
export function layoutMap(
	tiles: readonly MapTile[],
	legend: readonly LegendItem[],
	key: MapKey,
	variant: Variant,
): Scene & { tiles: PlacedTile[] } {
	const width = WIDTH[variant];
	const step = width / TILE_COLUMNS;
	const drawn = tiles.map((t) => drawTile(t, step, variant));
	const legendY = TILE_ROWS * step + 10;
	const legendMarks = layoutLegend(legendFor(legend, variant), 0, legendY, width);
	const keyMarks = layoutKey(key, legendY + legendMarks.height + 8, width, KEY_COLUMNS[variant]);
	return {
		width,
		height: r1(keyMarks.bottom + 8),
		marks: [
			...drawn.flatMap((d) => d.marks),
			// Flags come after every tile, outside the links: the "!" is not part of a tile's
			// visible label, and no neighbouring tile covers it.
			...drawn.flatMap((d) => d.flag),
			...legendMarks.marks,
			...keyMarks.marks,
		],
		tiles: drawn.map((d) => d.placed),
	};
}

/**
 * A phone's tiles are too small for a "!" badge beside their code: there a flagged tile has
 * only its dashed orange outline, and the legend shows that outline.
 */
function legendFor(legend: readonly LegendItem[], variant: Variant): readonly LegendItem[] {
	if (variant === 'wide') return legend;
	return legend.map((item) => (item.glyph === 'flag' ? { ...item, glyph: 'flag-outline' } : item));
}

/** The class of a tile: its coverage bin, or hatched without data, plain without coverage. */
function tileClass(t: MapTile): string {
	if (t.value !== null) return `tile bin-${binOf(t.value)}`;
	return t.hasData ? 'tile-nocov' : 'tile-nodata';
}

/** One tile in its grid cell: its marks (in a link when it has a page), its flag, its place. */
function drawTile(t: MapTile, step: number, variant: Variant) {
	const size = step - 2;
	const x = r1(t.col * step + 1);
	const y = r1(t.row * step + 1);
	const cls = tileClass(t);
	const marks = tileMarks(t, x, y, size, cls, variant);
	const name = t.href ? tileName(t, variant) : null;
	const outline = flagOutline(x, y, size, size, 2);
	const flag = !t.flagged
		? []
		: variant === 'wide'
			? [outline, ...flagBadge(x + size, y, t.code)]
			: [{ ...outline, key: t.code }];
	const placed: PlacedTile = { code: t.code, x, y, size: r1(size), cls, name };
	const link: Mark[] =
		t.href && name ? [{ type: 'link', href: t.href, label: name, marks }] : marks;
	return { marks: link, flag, placed };
}

/** The square, its code and, when wide, its value, in ink that contrasts with the bin. */
function tileMarks(
	t: MapTile,
	x: number,
	y: number,
	size: number,
	cls: string,
	variant: Variant,
): Mark[] {
	const ink = t.value !== null && binOf(t.value) >= 3 ? 'tile-text-light' : 'tile-text-dark';
	const showValue = t.value !== null && variant === 'wide';
	const rect: RectMark = {
		type: 'rect',
		x,
		y,
		width: r1(size),
		height: r1(size),
		cls,
		key: t.code,
	};
	if (cls === 'tile-nodata') rect.fill = 'hatch-muted';
	const cx = x + size / 2;
	const code = textMark(
		cx,
		y + size / 2 + (showValue ? -2 : FONT.small * 0.36),
		// The space keeps the code and the value apart in the link's text content ("KB 35%",
		// the start of its accessible name); SVG does not draw a trailing space.
		showValue ? `${t.abbr} ` : t.abbr,
		t.value !== null ? `${ink} tick` : 'tick',
		{ anchor: 'middle' },
	);
	if (!showValue) return [rect, code];
	const value = textMark(cx, y + size / 2 + FONT.small, t.valueLabel, `${ink} tick`, {
		anchor: 'middle',
	});
	return [rect, code, value];
}
