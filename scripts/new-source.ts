/**
 * `npm run new-source -- --url … --title … --publisher … --published YYYY-MM-DD --accessed YYYY-MM-DD`
 * creates data/sources/<publisher>-<published>/ with source.json and an empty figures.csv.
 * Missing values are asked for when stdin is a terminal; otherwise flags only. Refuses a URL
 * or id already in the data (exit 1), naming the source that has it.
 */
import { createInterface } from 'node:readline/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../src/lib/load/load-dataset.ts';
import { createSource, type NewSourceInput } from '../src/lib/sources/create-source.ts';

const USAGE = `usage: npm run new-source -- --url https://… --title "…" --publisher "Kupastuntas.co"
         --published YYYY-MM-DD --accessed YYYY-MM-DD [--language id|en] [--kind news|official|report]
         [--quoted "Name|Role"]… [--archived-url https://…]
         [--original-publisher "Kementerian Ketenagakerjaan"] [--note "…"] [--id ID] [--data-dir data]
Without a terminal every value comes from flags; --language defaults to id, --kind to news.
Without --url a --note must say why the source has no link.`;

const { values } = parseArgs({
	options: {
		url: { type: 'string' },
		'archived-url': { type: 'string' },
		title: { type: 'string' },
		publisher: { type: 'string' },
		'original-publisher': { type: 'string' },
		published: { type: 'string' },
		accessed: { type: 'string' },
		language: { type: 'string' },
		kind: { type: 'string' },
		note: { type: 'string' },
		quoted: { type: 'string', multiple: true },
		id: { type: 'string' },
		'data-dir': { type: 'string' },
		help: { type: 'boolean', short: 'h' },
	},
	strict: true,
});

if (values.help === true) {
	console.log(USAGE);
	process.exit(0);
}

function fail(lines: string[]): never {
	for (const line of lines) console.error(line);
	process.exit(1);
}

/** "Name|Role" → { name, role }. */
function quotedPerson(text: string): { name: string; role: string } {
	const [name = '', ...role] = text.split('|');
	return { name: name.trim(), role: role.join('|').trim() };
}

/** Today as YYYY-MM-DD, offered only as the interactive default of "accessed". */
function today(): string {
	return new Date().toISOString().slice(0, 10);
}

const answers: Record<string, string | undefined> = {
	url: values.url,
	title: values.title,
	publisher: values.publisher,
	published: values.published,
	accessed: values.accessed,
	language: values.language,
	kind: values.kind,
	note: values.note,
};

if (process.stdin.isTTY) {
	const rl = createInterface({ input: process.stdin, output: process.stdout });
	// Reading lines from the iterator keeps answers typed (or pasted) ahead of their question.
	const lines = rl[Symbol.asyncIterator]();
	const ask = async (key: string, question: string, fallback?: string) => {
		if (answers[key] !== undefined) return;
		rl.setPrompt(`${question}${fallback === undefined ? '' : ` [${fallback}]`}: `);
		rl.prompt();
		const next = await lines.next();
		if (next.done === true) fail(['', 'new-source: cancelled, nothing created.']);
		const reply = String(next.value).trim();
		answers[key] = reply === '' ? fallback : reply;
	};
	await ask('url', 'URL of the article (https://…; empty if it has none)');
	if (answers['url'] === undefined && answers['note'] === undefined) {
		await ask('note', 'No URL: say why (note)');
	}
	await ask('title', 'Title, as published');
	await ask('publisher', 'Publisher (outlet, e.g. Kupastuntas.co)');
	await ask('published', 'Published (YYYY-MM-DD, or YYYY-MM / YYYY)');
	await ask('accessed', 'Accessed (YYYY-MM-DD)', today());
	await ask('language', 'Language (id | en)', 'id');
	await ask('kind', 'Kind (news | official | report)', 'news');
	rl.close();
}

const required = ['title', 'publisher', 'published', 'accessed'];
const missing = required.filter((k) => answers[k] === undefined);
if (answers['url'] === undefined && answers['note'] === undefined) missing.unshift('url');
if (missing.length > 0) {
	fail([`missing ${missing.map((k) => `--${k}`).join(', ')}`, USAGE]);
}

const text = (key: string) => answers[key] ?? '';
const input: NewSourceInput = {
	title: text('title'),
	publisher: text('publisher'),
	published: text('published'),
	accessed: text('accessed'),
	language: answers['language'] ?? 'id',
	kind: answers['kind'] ?? 'news',
	quoted: (values.quoted ?? []).map(quotedPerson),
	...(answers['url'] === undefined ? {} : { url: text('url') }),
	...(values['archived-url'] === undefined ? {} : { archivedUrl: values['archived-url'] }),
	...(values['original-publisher'] === undefined
		? {}
		: { originalPublisher: values['original-publisher'] }),
	...(answers['note'] === undefined ? {} : { note: text('note') }),
	...(values.id === undefined ? {} : { id: values.id }),
};

const dataDir = values['data-dir'] ?? defaultDataDir();
const plan = createSource(dataDir, input);
if (!plan.ok) fail(['new-source: nothing created.', ...plan.errors.map((e) => `  ${e}`)]);

const dir = join(dataDir, 'sources', plan.id);
console.log(`Created ${join(dir, 'source.json')}
Created ${join(dir, 'figures.csv')} (header only)

Next:
  npm run extract -- article.txt --out draft.csv   # candidate figures to review
  copy the reviewed rows into ${join(dir, 'figures.csv')}
  npm run check-data && npm run diff-data -- main`);
