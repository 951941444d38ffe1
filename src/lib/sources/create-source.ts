/**
 * Creating `data/sources/<id>/`: the source.json (validated by the same schema check-data
 * uses) and a figures.csv holding only its header. Refuses a link or id already in the data.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIGURE_COLUMNS } from '../schema/figure-row.ts';
import { sourceJson, type SourceJson } from '../schema/source.ts';
import { SOURCE_ID } from '../validate/source.ts';
import { readExistingSources, sourceWithUrl, type ExistingSource } from './existing.ts';
import { newSourceId } from './source-id.ts';

/** What a maintainer tells `new-source`; every value is text as typed. */
export interface NewSourceInput {
	title: string;
	publisher: string;
	/** Who first published the data, when the page re-publishes it. */
	originalPublisher?: string;
	published: string;
	accessed: string;
	language: string;
	kind: string;
	url?: string;
	archivedUrl?: string;
	note?: string;
	/** People quoted, each `{ name, role }`. */
	quoted?: { name: string; role: string }[];
	/** An explicit id instead of the derived one; refused when it exists. */
	id?: string;
}

/** The folder to create and the exact text of its two files, or why it cannot be created. */
export type SourcePlan =
	| { ok: true; id: string; sourceJson: string; figuresCsv: string }
	| { ok: false; errors: string[] };

/** The header line every figures.csv starts with, newline included. */
export const FIGURES_HEADER = `${FIGURE_COLUMNS.join(',')}\n`;

/** source.json fields in the order data/README.md documents them. */
function orderedJson(s: SourceJson): Record<string, unknown> {
	return {
		title: s.title,
		publisher: s.publisher,
		...(s.original_publisher == null ? {} : { original_publisher: s.original_publisher }),
		...(s.url === undefined ? {} : { url: s.url }),
		...(s.archived_url === undefined ? {} : { archived_url: s.archived_url }),
		published: s.published,
		accessed: s.accessed,
		language: s.language,
		kind: s.kind,
		quoted: s.quoted,
		...(s.note === undefined || s.note === null ? {} : { note: s.note }),
	};
}

/** source.json's fields from the input, optional ones only when given. */
function sourceFields(input: NewSourceInput) {
	return {
		title: input.title,
		publisher: input.publisher,
		...(input.originalPublisher === undefined
			? {}
			: { original_publisher: input.originalPublisher }),
		...(input.url === undefined ? {} : { url: input.url }),
		...(input.archivedUrl === undefined ? {} : { archived_url: input.archivedUrl }),
		published: input.published,
		accessed: input.accessed,
		language: input.language,
		kind: input.kind,
		quoted: input.quoted ?? [],
		...(input.note === undefined ? {} : { note: input.note }),
	};
}

/** An error for each of the input's links that is already a source. */
function knownLinks(input: NewSourceInput, existing: readonly ExistingSource[]): string[] {
	const errors: string[] = [];
	for (const link of [input.url, input.archivedUrl]) {
		if (link === undefined) continue;
		const found = sourceWithUrl(existing, link);
		if (found) {
			errors.push(
				`${link} is already a source: ${found.source.id} (${found.field} in ${found.source.file}) — add the figures to that source instead of creating a new one`,
			);
		}
	}
	return errors;
}

/** The id asked for (checked) or a new one from publisher and date; problems go to `errors`. */
function chooseId(
	wanted: string | undefined,
	source: { publisher: string; published: string },
	existing: readonly ExistingSource[],
	errors: string[],
): string {
	const taken = new Set(existing.map((s) => s.id));
	if (wanted === undefined) {
		try {
			return newSourceId(source.publisher, source.published, taken);
		} catch (e) {
			errors.push((e as Error).message);
			return '';
		}
	}
	if (!SOURCE_ID.test(wanted)) {
		errors.push(
			`id ${JSON.stringify(wanted)} is not valid — use lower-case letters, digits and "-" (e.g. kupastuntas-2025-10-31)`,
		);
	} else if (taken.has(wanted)) {
		const other = existing.find((s) => s.id === wanted);
		errors.push(
			`source id ${wanted} already exists (${other?.file ?? wanted}) — choose another id or leave --id out to number it (${wanted}-2)`,
		);
	}
	return wanted;
}

/**
 * Decides the id and the file contents for a new source, without touching the disk: the input
 * must pass the source.json schema; its url must not be in `existing` (the message names the
 * source that has it); an explicit id must be well formed and free.
 */
export function planNewSource(
	input: NewSourceInput,
	existing: readonly ExistingSource[],
): SourcePlan {
	const parsed = sourceJson.safeParse(sourceFields(input));
	if (!parsed.success) {
		return {
			ok: false,
			errors: parsed.error.issues.map((i) => `${i.path.join('.') || 'source'}: ${i.message}`),
		};
	}
	const errors = knownLinks(input, existing);
	const id = chooseId(input.id, parsed.data, existing, errors);
	if (errors.length > 0) return { ok: false, errors };
	return {
		ok: true,
		id,
		sourceJson: `${JSON.stringify(orderedJson(parsed.data), null, '\t')}\n`,
		figuresCsv: FIGURES_HEADER,
	};
}

/**
 * Creates `<dataDir>/sources/<id>/source.json` and `figures.csv` as {@link planNewSource}
 * decides. Returns the plan; on refusal (or when `<dataDir>/sources` is missing, most likely
 * a mistyped --data-dir) nothing is written.
 */
export function createSource(dataDir: string, input: NewSourceInput): SourcePlan {
	if (!existsSync(join(dataDir, 'sources'))) {
		return {
			ok: false,
			errors: [
				`${join(dataDir, 'sources')} does not exist — is ${dataDir} the data folder? (see --data-dir)`,
			],
		};
	}
	const plan = planNewSource(input, readExistingSources(dataDir));
	if (!plan.ok) return plan;
	const dir = join(dataDir, 'sources', plan.id);
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, 'source.json'), plan.sourceJson, { flag: 'wx' });
	writeFileSync(join(dir, 'figures.csv'), plan.figuresCsv, { flag: 'wx' });
	return plan;
}
