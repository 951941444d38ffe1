/** `data/sources/<id>/source.json`: the article or document figures are read from. */
import { z } from 'zod';
import { LANGUAGES, sourceKind } from './enums.ts';
import { codeOf, httpsUrl, isoDate, optionalText, partialDate, requiredText } from './fields.ts';

export const sourceJson = z
	.strictObject({
		/** Headline or document title, as published. */
		title: requiredText('title'),
		/** Outlet or institution that published it. */
		publisher: requiredText('publisher'),
		/** Where to read it (https only). Optional: the seed articles came without URLs. */
		url: httpsUrl('url').optional(),
		/** A copy in a web archive (https only). */
		archived_url: httpsUrl('archived_url').optional(),
		/** Publication date: YYYY-MM-DD, or YYYY-MM / YYYY when the day is not known. */
		published: partialDate('published'),
		/** Date the maintainer read it: YYYY-MM-DD. */
		accessed: isoDate('accessed'),
		/** Language of the text. */
		language: codeOf('language', LANGUAGES),
		/** news, official or report. */
		kind: codeOf('kind', sourceKind.codes),
		/** People quoted, with their role. */
		quoted: z
			.array(z.strictObject({ name: requiredText('name'), role: requiredText('role') }))
			.default([]),
		/** Anything a reader should know about the source (e.g. why it has no URL). */
		note: optionalText('note').optional(),
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
