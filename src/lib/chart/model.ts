/** What a chart component renders: words, the drawing at both widths, the table and sources. */
import type { Variant } from './frames.ts';
import type { Scene } from './scene.ts';

/** A table cell: text, or links (several sources) joined by commas. */
export interface Cell {
	text: string;
	links?: { text: string; href: string }[];
}

/** One row of the data table: a row header and one cell per remaining column. */
export interface TableRow {
	header: string;
	cells: Cell[];
}

/** The data behind a chart. `columns[0]` heads the row headers. */
export interface DataTable {
	caption: string;
	columns: string[];
	rows: TableRow[];
}

/** A source named under a chart. */
export interface SourceRef {
	id: string;
	title: string;
	publisher: string;
	href: string;
}

/** A chart ready to render: both drawings, words, table and sources. */
export interface ChartModel {
	/** URL-safe chart id, unique within a region: `coverage`, `claims`, `aid-apbd`. */
	id: string;
	/** Prefix for element ids, unique on a page. */
	uid: string;
	title: string;
	/** The chart's name without the region, for page titles: "Coverage". */
	shortTitle: string;
	/** One sentence computed from the data. */
	takeaway: string;
	/** Sentences about reported values that fail a cross-check. */
	flags: string[];
	/** Text alternative naming every value. */
	description: string;
	/** `img` for pictures; `group` for the map, whose tiles are links. */
	role: 'img' | 'group';
	scenes: Record<Variant, Scene>;
	table: DataTable;
	sources: SourceRef[];
}
