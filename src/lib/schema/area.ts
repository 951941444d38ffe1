/** One row of `data/areas.csv`: regions outside the official Kemendagri list. */
import { z } from 'zod';
import { areaKind } from './enums.ts';
import { described, listOfCodes } from './describe.ts';
import { codeOf, optionalText, requiredText } from './fields.ts';

export const AREA_COLUMNS = ['code', 'name_id', 'name_en', 'kind', 'covers', 'note'] as const;

export const areaRow = z.strictObject({
	code: described(
		z.string().regex(/^[A-Z][A-Z0-9-]*$/, {
			error: (i) =>
				`area code ${JSON.stringify(i.input)} is not allowed — use capitals, digits and "-" (Kemendagri codes come from idn-area-data)`,
		}),
		'ID for Indonesia, BPJSTK-… for a BPJS Ketenagakerjaan office area; never like a Kemendagri code',
	),
	name_id: described(requiredText('name_id'), 'Name in Indonesian'),
	name_en: described(requiredText('name_en'), 'Name in English'),
	kind: described(
		codeOf('kind', areaKind.codes),
		listOfCodes(areaKind.codes.map((k) => `${k} (${areaKind.labels[k].en})`)),
	),
	covers: described(
		z.string().transform((v) =>
			v
				.split(';')
				.map((s) => s.trim())
				.filter(Boolean),
		),
		'Province codes a BPJS office area covers, ";"-separated',
	),
	note: described(optionalText('note'), 'Why this area exists'),
});

export type AreaRow = z.output<typeof areaRow>;
