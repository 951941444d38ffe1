/** `data/sources/<id>/source.json`: the article or document figures are read from. */
import { z } from 'zod';
import { LANGUAGES, sourceKind, type Language, type SourceKind } from './enums.ts';
import { described, listOfCodes } from './describe.ts';
import { fastCheckOf } from './fast-check.ts';
import {
	codeOf,
	httpsUrl,
	isHttpsUrl,
	isIsoDate,
	isoDate,
	optionalText,
	PARTIAL_DATE,
	partialDate,
	requiredText,
} from './fields.ts';

const title = requiredText('title');
const publisher = requiredText('publisher');
const name = requiredText('name');
const role = requiredText('role');
const note = optionalText('note');
const originalPublisher = optionalText('original_publisher');

export const sourceJson = z
	.strictObject({
		title: described(title, 'Title of the article or document'),
		publisher: described(publisher, 'Outlet or institution'),
		original_publisher: described(
			originalPublisher.optional(),
			'Who first published the data when this page re-publishes someone else\'s table or release (e.g. "Kementerian Ketenagakerjaan (Satu Data Ketenagakerjaan)")',
		),
		/** https only. Optional: the seed articles came without URLs (a note says why). */
		url: described(httpsUrl('url').optional(), 'Where to read the source; empty when not known'),
		/** https only. */
		archived_url: described(
			httpsUrl('archived_url').optional(),
			'A copy in a web archive; empty when none',
		),
		published: described(
			partialDate('published'),
			'Publication date: YYYY-MM-DD, or YYYY-MM / YYYY when the day is not known',
		),
		/** YYYY-MM-DD: the newest one is the data version. */
		accessed: described(isoDate('accessed'), 'Date the source was read for this data set'),
		language: described(
			codeOf('language', LANGUAGES),
			`Language of the text: ${listOfCodes(LANGUAGES)}`,
		),
		kind: described(
			codeOf('kind', sourceKind.codes),
			`Kind of source: ${listOfCodes(sourceKind.codes)}`,
		),
		quoted: described(
			z.array(z.strictObject({ name, role })).default([]),
			'People quoted, with their role',
		),
		note: described(
			note.optional(),
			'Anything a reader should know about the source (e.g. why it has no URL)',
		),
	})
	.refine((s) => s.url !== undefined || (s.note ?? '').trim() !== '', {
		error: 'url is missing — add an https:// url, or a note saying why the source has none',
		path: ['url'],
	});

export type SourceJson = z.output<typeof sourceJson>;

/** A source as the rest of the code uses it. */
export interface Source extends SourceJson {
	id: string;
	/** Path of source.json, for messages. */
	file: string;
}

/** The fields source.json may have, in schema order. */
export const SOURCE_FIELDS: readonly string[] = Object.keys(sourceJson.shape);
const FIELDS: ReadonlySet<string> = new Set(SOURCE_FIELDS);

/** A JSON object's own properties, or undefined for anything else. */
function objectOf(value: unknown): Record<string, unknown> | undefined {
	return typeof value === 'object' && value !== null && !Array.isArray(value)
		? (value as Record<string, unknown>)
		: undefined;
}

/** Absent, or an https: URL (what httpsUrl().optional() accepts, and gives unchanged). */
function isOptionalLink(value: unknown): value is string | undefined {
	return value === undefined || (typeof value === 'string' && isHttpsUrl(value));
}

/** Whether `value` is one of `codes`. */
function isOneOf<C extends string>(codes: readonly C[], value: unknown): value is C {
	return (codes as readonly unknown[]).includes(value);
}

/** A text field's value as its schema's shortcut gives it, or undefined. */
function text(schema: z.ZodType, value: unknown): unknown {
	return typeof value === 'string' ? fastCheckOf(schema)?.(value)?.data : undefined;
}

/** The quoted people as the schema gives them, or undefined when in doubt. */
function quotedPeople(value: unknown): { name: string; role: string }[] | undefined {
	if (value === undefined) return [];
	if (!Array.isArray(value)) return undefined;
	const people: { name: string; role: string }[] = [];
	for (const item of value as unknown[]) {
		const person = objectOf(item);
		if (!person || Object.keys(person).length !== 2) return undefined;
		const [n, r] = [text(name, person['name']), text(role, person['role'])];
		if (typeof n !== 'string' || typeof r !== 'string') return undefined;
		people.push({ name: n, role: r });
	}
	return people;
}

/**
 * What `sourceJson.safeParse(value).data` is for a plain, valid source.json, worked out without
 * zod (a national data set has thousands; zod took most of their validation), with the same
 * properties in the same order; undefined for anything else, and the schema then judges (and
 * words the errors). test/lib/schema/source.test.ts compares the two.
 */
export function quickSourceJson(value: unknown): SourceJson | undefined {
	const v = objectOf(value);
	if (!v || Object.keys(v).some((key) => !FIELDS.has(key))) return undefined;
	const t = text(title, v['title']);
	const p = text(publisher, v['publisher']);
	const op = v['original_publisher'];
	const original = op === undefined ? undefined : text(originalPublisher, op);
	const { url, archived_url, published, accessed, language, kind } = v;
	const quoted = quotedPeople(v['quoted']);
	const n = v['note'] === undefined ? undefined : text(note, v['note']);
	const sure =
		typeof t === 'string' &&
		typeof p === 'string' &&
		(op === undefined || typeof original === 'string') &&
		isOptionalLink(url) &&
		isOptionalLink(archived_url) &&
		typeof published === 'string' &&
		PARTIAL_DATE.test(published) &&
		typeof accessed === 'string' &&
		isIsoDate(accessed) &&
		isOneOf<Language>(LANGUAGES, language) &&
		isOneOf<SourceKind>(sourceKind.codes, kind) &&
		quoted !== undefined &&
		(v['note'] === undefined || n !== undefined) &&
		(url !== undefined || (typeof n === 'string' && n.trim() !== ''));
	if (!sure) return undefined;
	return {
		title: t,
		publisher: p,
		...(typeof original === 'string' && { original_publisher: original }),
		...(url !== undefined && { url }),
		...(archived_url !== undefined && { archived_url }),
		published,
		accessed,
		language,
		kind,
		quoted,
		...(v['note'] !== undefined && { note: typeof n === 'string' ? n : null }),
	};
}
