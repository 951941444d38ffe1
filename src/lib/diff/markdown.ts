/**
 * The Markdown report of `diff-data`, ready to paste into a pull request: a summary line,
 * the registry (indicators and areas), sources, figures per region and source, new and
 * resolved warnings, and affected pages.
 */
import type { CheckResult, Conflict } from '../schema/analysis.ts';
import type { Figure } from '../schema/figure.ts';
import { formatIssue, type Issue } from '../schema/issue.ts';
import type { DataDiff } from './data-diff.ts';
import { isEmptyDiff } from './data-diff.ts';
import {
	isEmptyTableDiff,
	REGISTRY_FILES,
	type RegistryKind,
	type RegistryRow,
	type TableDiff,
} from './registry.ts';

/** What the report says besides the diff itself. */
export interface ReportOptions {
	/** The git ref compared against, e.g. `main`. */
	ref: string;
	/** Problems check-data finds in the old and new data (their rows are left out). */
	problems?: { before: readonly Issue[]; after: readonly Issue[] };
}

const MAX_PROBLEMS = 10;

/** Text safe inside a Markdown table cell or list item. */
export function mdText(text: string): string {
	return text
		.replace(/\s+/g, ' ')
		.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`)
		.trim();
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function regionName(d: DataDiff, code: string): string {
	const r = d.regions.get(code);
	return r ? `${r.name} (${code})` : code;
}

function breakdown(f: Figure): string {
	const parts: string[] = [f.segment, f.program, f.funding, f.level].filter((p) => p !== null);
	if (f.basis !== 'actual') parts.push(f.plan === null ? f.basis : `${f.basis} ${f.plan}`);
	return parts.join(', ');
}

const arrow = (a: string, b: string) => (a === b ? a : `${a} → ${b}`);

function summary(d: DataDiff): string {
	const { figures: f, sources: s, analysis: a } = d;
	const parts = [
		`${plural(f.added.length, 'figure')} added, ${f.removed.length} removed, ${f.changed.length} changed`,
	];
	if (s.added.length + s.removed.length + s.changed.length > 0) {
		parts.push(
			`${plural(s.added.length, 'source')} added, ${s.removed.length} removed, ${s.changed.length} changed`,
		);
	}
	for (const [kind, one] of [
		['indicators', 'indicator'],
		['areas', 'area'],
	] as const) {
		const r = d.registry[kind];
		if (isEmptyTableDiff(r)) continue;
		const header = r.columnsAdded.length + r.columnsRemoved.length > 0 ? ', header changed' : '';
		parts.push(
			`${plural(r.added.length, one)} added, ${r.removed.length} removed, ${r.changed.length} changed${header}`,
		);
	}
	parts.push(
		`${plural(a.newMismatches.length, 'new mismatch', 'new mismatches')}, ${a.resolvedMismatches.length} resolved`,
	);
	parts.push(
		`${plural(a.newConflicts.length, 'new conflict')}, ${a.resolvedConflicts.length} resolved`,
	);
	return `**${parts.join(' · ')}**`;
}

function sourceLines(d: DataDiff): string[] {
	const { added, removed, changed } = d.sources;
	if (added.length + removed.length + changed.length === 0) return [];
	const describe = (s: { id: string; title: string; publisher: string; published: string }) =>
		`\`${s.id}\` — ${mdText(s.title)} (${mdText(s.publisher)}, ${s.published})`;
	return [
		'### Sources',
		'',
		...added.map((s) => `- added ${describe(s)}`),
		...removed.map((s) => `- removed ${describe(s)}`),
		...changed.map((c) => `- changed \`${c.after.id}\`: ${c.fields.join(', ')}`),
		'',
	];
}

/** A registry cell in a list or table: "(empty)" rather than nothing. */
const cellText = (value: string) => (value === '' ? '(empty)' : mdText(value));
/** A key or column name as code, unless the file holds something a code span cannot carry. */
const code = (name: string) => (/^[\w.;-]+$/.test(name) ? `\`${name}\`` : mdText(name));

function tableLines(kind: RegistryKind, title: string, t: TableDiff): string[] {
	if (isEmptyTableDiff(t)) return [];
	const { file, key, label } = REGISTRY_FILES[kind];
	const name = (r: RegistryRow) => {
		const text = r.cells.get(label) ?? '';
		return text === '' ? code(r.key) : `${code(r.key)} — ${mdText(text)}`;
	};
	const columns = (list: readonly string[]) => list.map(code).join(', ');
	const lines = [`#### ${title} (\`${file}\`, by \`${key}\`)`, ''];
	const items = [
		...t.added.map((r) => `- added ${name(r)}`),
		...t.removed.map((r) => `- removed ${name(r)}`),
		...(t.columnsAdded.length > 0 ? [`- columns added: ${columns(t.columnsAdded)}`] : []),
		...(t.columnsRemoved.length > 0 ? [`- columns removed: ${columns(t.columnsRemoved)}`] : []),
	];
	if (items.length > 0) lines.push(...items, '');
	if (t.changed.length > 0) {
		lines.push(`| changed ${key} | column | before | after |`, '| --- | --- | --- | --- |');
		for (const row of t.changed) {
			for (const c of row.cells) {
				lines.push(
					`| ${code(row.key)} | ${code(c.column)} | ${cellText(c.before)} | ${cellText(c.after)} |`,
				);
			}
		}
		lines.push('');
	}
	return lines;
}

function registryLines(d: DataDiff): string[] {
	const lines = [
		...tableLines('indicators', 'Indicators', d.registry.indicators),
		...tableLines('areas', 'Areas', d.registry.areas),
	];
	return lines.length === 0 ? [] : ['### Registry', '', ...lines];
}

type Row = { change: 'added' | 'removed' | 'changed'; before?: Figure; after: Figure };

function figureLines(d: DataDiff): string[] {
	const rows: Row[] = [
		...d.figures.added.map((f): Row => ({ change: 'added', after: f })),
		...d.figures.changed.map((c): Row => ({ change: 'changed', before: c.before, after: c.after })),
		...d.figures.removed.map((f): Row => ({ change: 'removed', after: f })),
	];
	if (rows.length === 0) return [];
	const groups = new Map<string, Row[]>();
	for (const row of rows) {
		const key = `${regionName(d, row.after.region)}\u0000${row.after.sourceId}`;
		groups.set(key, [...(groups.get(key) ?? []), row]);
	}
	const lines = ['### Figures', ''];
	for (const key of [...groups.keys()].sort()) {
		const [region = '', source = ''] = key.split('\u0000');
		lines.push(`#### ${mdText(region)} — source \`${source}\``, '');
		lines.push('| change | figure | indicator | breakdown | period | value | quote |');
		lines.push('| --- | --- | --- | --- | --- | --- | --- |');
		for (const { change, before, after } of groups.get(key) ?? []) {
			const b = before ?? after;
			const value = (f: Figure) => `${f.qualifier === null ? '' : `${f.qualifier} `}${f.value}`;
			const quote =
				b.quote === after.quote
					? mdText(after.quote)
					: `${mdText(b.quote)} → ${mdText(after.quote)}`;
			lines.push(
				`| ${change} | \`${after.id}\` | ${after.indicator} | ${breakdown(after)} | ${arrow(b.period.text, after.period.text)} | ${arrow(value(b), value(after))} | ${quote} |`,
			);
		}
		lines.push('');
	}
	return lines;
}

function checkLine(d: DataDiff, c: CheckResult, note = ''): string {
	const sum = c.message.en.includes(c.arithmetic.en) ? '' : ` (${mdText(c.arithmetic.en)})`;
	return `- \`${c.id}\` ${mdText(regionName(d, c.region))}, ${c.rule}: ${mdText(c.message.en)}${sum}${note}`;
}

function conflictLine(d: DataDiff, k: Conflict): string {
	return `- \`${k.id}\` ${mdText(regionName(d, k.region))}, ${k.indicator} ${k.period}: ${mdText(k.message.en)}`;
}

function warningLines(d: DataDiff): string[] {
	const a = d.analysis;
	const sections: [string, string[]][] = [
		['New mismatches', a.newMismatches.map((c) => checkLine(d, c))],
		[
			'Resolved mismatches',
			a.resolvedMismatches.map((r) =>
				checkLine(d, r.before, r.after ? ` — now ${r.after.status}` : ' — no longer checked'),
			),
		],
		['New conflicts', a.newConflicts.map((k) => conflictLine(d, k))],
		['Resolved conflicts', a.resolvedConflicts.map((k) => conflictLine(d, k))],
	];
	const present = sections.filter(([, items]) => items.length > 0);
	if (present.length === 0) return [];
	return [
		'### Cross-checks and conflicts',
		'',
		'Mismatches and conflicts are facts about the sources, shown on the site as warnings. Never change a figure to make one go away.',
		'',
		...present.flatMap(([title, items]) => [`${title}:`, '', ...items, '']),
	];
}

function problemLines(o: ReportOptions): string[] {
	const lines: string[] = [];
	for (const [which, issues] of [
		['The changed data', o.problems?.after ?? []],
		[`The data at \`${o.ref}\``, o.problems?.before ?? []],
	] as const) {
		if (issues.length === 0) continue;
		lines.push(
			`> **Warning:** ${which} has ${plural(issues.length, 'problem')}; rows with problems are left out of this comparison. Run \`npm run check-data\`.`,
			...issues.slice(0, MAX_PROBLEMS).map((i) => `> - ${mdText(formatIssue(i))}`),
			...(issues.length > MAX_PROBLEMS ? [`> - … and ${issues.length - MAX_PROBLEMS} more`] : []),
			'',
		);
	}
	return lines;
}

/** The whole report. */
export function renderDiffMarkdown(d: DataDiff, o: ReportOptions): string {
	const head = [`## Data changes compared with \`${o.ref}\``, '', ...problemLines(o)];
	if (isEmptyDiff(d)) return [...head, 'No changes to the data.', ''].join('\n');
	return [
		...head,
		summary(d),
		'',
		...registryLines(d),
		...sourceLines(d),
		...figureLines(d),
		...warningLines(d),
		'### Pages affected',
		'',
		'Each also under `/en/`.',
		'',
		...d.pages.map((p) => `- ${p}`),
		'',
	].join('\n');
}
