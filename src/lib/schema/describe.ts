/**
 * The data dictionary: every field of the row schemas carries a description (zod's metadata),
 * so the schema documents the data and the downloads reuse the same words.
 */
import type { z } from 'zod';
import { fastCheckOf, withFastCheck } from './fast-check.ts';

/** `schema` with `description` attached (a copy, as zod's `.meta` makes), keeping its shortcut. */
export function described<S extends z.ZodType>(schema: S, description: string): S {
	const copy = schema.meta({ description });
	const quick = fastCheckOf(schema);
	return quick ? withFastCheck(copy, quick) : copy;
}

/** The description of a field of an object schema, e.g. `fieldDescription(figureRow, 'segment')`. */
export function fieldDescription<S extends z.ZodObject>(
	schema: S,
	field: keyof S['shape'] & string,
): string {
	const description = (schema.shape[field] as z.ZodType | undefined)?.meta()?.description;
	if (description === undefined) throw new Error(`field ${field} has no description`);
	return description;
}

/** Codes as a reader lists them: "news, official or report". */
export function listOfCodes(codes: readonly string[]): string {
	return codes.length < 2 ? codes.join('') : `${codes.slice(0, -1).join(', ')} or ${codes.at(-1)}`;
}
