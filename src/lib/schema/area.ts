/** One row of `data/areas.csv`: regions outside the official Kemendagri list. */
import { z } from 'zod';
import { areaKind } from './enums.ts';
import { codeOf, optionalText, requiredText } from './fields.ts';

export const AREA_COLUMNS = ['code', 'name_id', 'name_en', 'kind', 'covers', 'note'] as const;

export const areaRow = z.strictObject({
	/** `ID` for Indonesia, `BPJSTK-…` for a BPJS office area. Must not look like a Kemendagri code. */
	code: z.string().regex(/^[A-Z][A-Z0-9-]*$/, {
		error: (i) =>
			`area code ${JSON.stringify(i.input)} is not allowed — use capitals, digits and "-" (Kemendagri codes come from idn-area-data)`,
	}),
	/** Name in Indonesian. */
	name_id: requiredText('name_id'),
	/** Name in English. */
	name_en: requiredText('name_en'),
	/** country or bpjs_office. */
	kind: codeOf('kind', areaKind.codes),
	/** Province codes an office covers, `;`-separated. */
	covers: z.string().transform((v) =>
		v
			.split(';')
			.map((s) => s.trim())
			.filter(Boolean),
	),
	/** Why this area exists. */
	note: optionalText('note'),
});

export type AreaRow = z.output<typeof areaRow>;
