/**
 * quickSourceJson, the shortcut for plain source.json files, against the schema it stands in
 * for: where it answers, its answer is the schema's (same properties, same order); it answers
 * for the real and fixture sources.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quickSourceJson, sourceJson } from '../../../src/lib/schema/source.ts';

/** Every source.json under a folder, parsed (those JSON.parse refuses are skipped). */
function sourcesUnder(dir: string): unknown[] {
	const out: unknown[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (entry.name !== 'source.json') continue;
		try {
			out.push(JSON.parse(readFileSync(join(entry.parentPath, entry.name), 'utf8')));
		} catch {
			// malformed on purpose (fixtures): not a value to compare
		}
	}
	return out;
}

const base = {
	title: 'Cakupan naik',
	publisher: 'Kompas',
	url: 'https://example.org/a',
	published: '2025-04-11',
	accessed: '2025-04-12',
	language: 'id',
	kind: 'news',
};

/** Values each field is tried with (undefined: the field left out). */
const TRIALS: unknown[] = [
	undefined,
	null,
	'',
	'  ',
	' padded ',
	'x'.repeat(301),
	'x'.repeat(2001),
	'teks \u202e terbalik',
	'2025',
	'2025-04',
	'2025-02-30',
	'2025-4-1',
	'https://example.org/b',
	'http://example.org/b',
	'javascript:alert(1)',
	'id',
	'en',
	'fr',
	'news',
	'report',
	'official',
	'blog',
	42,
	[],
	[{ name: 'Budi', role: 'Kepala' }],
	[{ name: ' Budi ', role: ' Kepala ' }],
	[{ name: 'Budi' }],
	[{ name: 'Budi', role: 'Kepala', extra: 1 }],
	[{ name: '', role: 'Kepala' }],
	['Budi'],
	{},
];

/** `object` without its property `key`. */
function without(object: Record<string, unknown>, key: string): Record<string, unknown> {
	return Object.fromEntries(Object.entries(object).filter(([k]) => k !== key));
}

function variants(): unknown[] {
	const out: unknown[] = [
		base,
		{ ...base, note: 'catatan' },
		null,
		[],
		'text',
		{ ...base, extra: 1 },
	];
	for (const field of [...Object.keys(base), 'archived_url', 'quoted', 'note'])
		for (const value of TRIALS) {
			const variant = without({ ...base, [field]: value }, value === undefined ? field : '');
			out.push(variant, { ...variant, note: 'tanpa tautan' }, without(variant, 'url'));
		}
	out.push(JSON.parse('{"__proto__": {"x": 1}, "title": "T"}'));
	return out;
}

describe('quickSourceJson', () => {
	const real = [...sourcesUnder('data'), ...sourcesUnder('test/fixtures')];

	it('gives what the schema gives, wherever it answers', () => {
		let answered = 0;
		for (const value of [...real, ...variants()]) {
			const quick = quickSourceJson(value);
			if (quick === undefined) continue;
			answered++;
			const parsed = sourceJson.safeParse(value);
			expect(parsed.success).toBe(true);
			expect(JSON.stringify(quick)).toBe(JSON.stringify(parsed.data));
		}
		expect(answered).toBeGreaterThan(100);
	});

	it('answers for every valid real and fixture source', () => {
		const valid = real.filter((v) => sourceJson.safeParse(v).success);
		expect(valid.length).toBeGreaterThan(5);
		for (const value of valid) expect(quickSourceJson(value)).toBeDefined();
	});
});
