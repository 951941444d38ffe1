/** Checks one `source.json`. */
import type { JsonFile } from '../load/read-json.ts';
import type { Issue } from '../schema/issue.ts';
import { quickSourceJson, SOURCE_FIELDS, sourceJson, type Source } from '../schema/source.ts';
import { prefixed } from './table.ts';

/** Source ids are folder names: lower-case words, digits and dashes. */
export const SOURCE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The publication date at the end of an id (`kupastuntas-2025-10-31`, `x-2025-03-14-2`). */
const ID_DATE = /-((?:19|20)\d{2}(?:-\d{2}){0,2})(-\d{1,3})?$/;

/** The date an id names, or undefined when it names none. */
function idDate(id: string): string | undefined {
	return ID_DATE.exec(id)?.[1];
}

export function validateSource(
	file: string,
	id: string,
	json: JsonFile,
): { source?: Source; issues: Issue[] } {
	if (json.issues.length > 0) return { issues: json.issues };
	const issues: Issue[] = [];
	if (!SOURCE_ID.test(id)) {
		issues.push({
			file,
			line: 0,
			column: 0,
			message: `source folder name ${JSON.stringify(id)} is not a valid id — use lower-case letters, digits and "-" (e.g. kupastuntas-2025-10-31)`,
		});
	}
	const quick = quickSourceJson(json.value);
	const result = quick ? { success: true as const, data: quick } : sourceJson.safeParse(json.value);
	if (!result.success) {
		for (const issue of result.error.issues) {
			const path =
				issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
			const where = path.join('.') || 'source.json';
			const message =
				issue.code === 'unrecognized_keys'
					? `unknown field ${issue.keys.map((k) => JSON.stringify(k)).join(', ')} — allowed: ${SOURCE_FIELDS.join(', ')}`
					: issue.message;
			issues.push({ file, ...json.locate(path), message: prefixed(where, message) });
		}
		return { issues };
	}
	const source: Source = { ...result.data, id, file };
	const named = idDate(id);
	if (named !== undefined && named !== source.published) {
		issues.push({
			file,
			...json.locate(['published']),
			message: `published ${source.published} does not agree with the date in the source id (${named}) — the folder is named <publisher>-<published>: correct published, or rename the folder to ${id.replace(ID_DATE, `-${source.published}$2`)}`,
		});
	}
	if (source.published.slice(0, source.accessed.length) > source.accessed) {
		issues.push({
			file,
			...json.locate(['accessed']),
			message: `accessed ${source.accessed} is before published ${source.published} — a source is read after it is published`,
		});
	}
	return issues.length > 0 ? { issues } : { source, issues };
}
