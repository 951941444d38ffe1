/**
 * Every built HTML page passes html-validate's recommended rules (.htmlvalidate.json lists
 * any exception with its reason).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST } from './pages.ts';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((d) => d.isFile() && d.name.endsWith('.html'))
		.map((d) => join(d.parentPath, d.name))
		.sort();
}

describe('HTML validity', () => {
	it('every page in dist/ passes html-validate', async () => {
		const validator = new HtmlValidate(new FileSystemConfigLoader());
		const files = htmlFiles(DIST);
		expect(files.length).toBeGreaterThan(10);
		const problems: string[] = [];
		for (const file of files) {
			const report = await validator.validateFile(file);
			for (const result of report.results) {
				for (const m of result.messages)
					problems.push(`${file}:${m.line}:${m.column}: ${m.ruleId}: ${m.message}`);
			}
		}
		expect(problems).toEqual([]);
	});
});
