/**
 * Shortcuts for cell schemas that see a different text in nearly every row (quotes, values,
 * notes), where zod's parse is most of the validation time. A shortcut answers only for texts
 * it is sure the schema accepts, with the value the schema would give; for any other text it
 * answers undefined and the schema itself judges (and words the error).
 * test/lib/schema/fast-check.test.ts compares each shortcut with its schema.
 */
import type { z } from 'zod';

export type FastCheck = (text: string) => { success: true; data: unknown } | undefined;

const shortcuts = new WeakMap<z.ZodType, FastCheck>();

/** Registers `check` as the shortcut of `schema` and returns the schema. */
export function withFastCheck<S extends z.ZodType>(schema: S, check: FastCheck): S {
	shortcuts.set(schema, check);
	return schema;
}

/** The shortcut registered for `schema`, if any. */
export function fastCheckOf(schema: z.ZodType): FastCheck | undefined {
	return shortcuts.get(schema);
}
