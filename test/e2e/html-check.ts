/**
 * html-validate with the repository's .htmlvalidate.json (recommended rules; any exception
 * listed with its reason), applied to every file wherever it lies: html-validate looks for a
 * config beside each file and its parents, and a build in a temporary folder has none, so it
 * would check nothing there.
 */
import { readFileSync } from 'node:fs';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';

const CONFIG = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData;

/** Every problem html-validate finds in the files, as `file:line:column: rule: message`. */
export async function htmlProblems(files: readonly string[]): Promise<string[]> {
	const validator = new HtmlValidate(new StaticConfigLoader(CONFIG));
	const problems: string[] = [];
	for (const file of files) {
		const report = await validator.validateFile(file);
		for (const result of report.results) {
			for (const m of result.messages)
				problems.push(`${file}:${m.line}:${m.column}: ${m.ruleId}: ${m.message}`);
		}
	}
	return problems;
}
