/** Everything `loadDataset()` returns. */
import type { Figure } from './figure.ts';
import type { Indicator } from './indicator.ts';
import type { Issue } from './issue.ts';
import type { Region } from './region.ts';
import type { Source } from './source.ts';

/** Rows in = figures published + rows rejected, per file and in total. */
export interface Accounting {
	rowsRead: number;
	figuresAccepted: number;
	rowsRejected: number;
}

export interface Dataset {
	/** Folder the data was read from. */
	dataDir: string;
	/** Every region, official and areas.csv, by code. */
	regions: Map<string, Region>;
	indicators: Map<string, Indicator>;
	sources: Map<string, Source>;
	/** Reported figures, in source id then file order. */
	figures: Figure[];
	/** Data version: the newest `accessed` date among the sources (YYYY-MM-DD). */
	version: string;
	accounting: Accounting;
}

export interface LoadResult {
	dataset: Dataset;
	/** Errors: any one makes the data invalid and the build fail. */
	issues: Issue[];
}
