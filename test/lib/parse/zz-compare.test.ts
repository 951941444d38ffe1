import { readdirSync, readFileSync } from 'node:fs';
import { it } from 'vitest';
import { findNumberMentions as oldFind } from './zz-old/indonesian-number.ts';
import { findNumberMentions } from '../../../src/lib/parse/indonesian-number.ts';
it('compare', () => {
	const files = ['test/extract-corpus', 'test/fixtures/articles'].flatMap((d) =>
		readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => `${d}/${f}`));
	let diffs = 0;
	for (const f of files) {
		const text = readFileSync(f, 'utf8');
		const a = oldFind(text).map((m) => `${m.raw}=${m.value}|${m.currency}|${m.unitWord}|${m.qualifier}`);
		const b = findNumberMentions(text).map((m) => `${m.raw}=${m.value}|${m.currency}|${m.unitWord}|${m.qualifier}`);
		const sa = new Set(a), sb = new Set(b);
		const gone = a.filter((x) => !sb.has(x)), added = b.filter((x) => !sa.has(x));
		if (gone.length || added.length) { diffs++; console.log(f, '\n  -', gone.join('\n  - '), '\n  +', added.join('\n  + ')); }
	}
	console.log('files with differences', diffs, 'of', files.length);
	const t0 = performance.now();
	for (let i = 0; i < 3; i++) for (const f of files) oldFind(readFileSync(f, 'utf8'));
	const t1 = performance.now();
	for (let i = 0; i < 3; i++) for (const f of files) findNumberMentions(readFileSync(f, 'utf8'));
	const t2 = performance.now();
	console.log('old', (t1 - t0).toFixed(0), 'new', (t2 - t1).toFixed(0));
});
