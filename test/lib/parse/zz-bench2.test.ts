import { it } from 'vitest';
import { READINGS } from '../../../src/lib/parse/readings.ts';
import { findNumberMentions as oldF } from './zz-old/indonesian-number.ts';
import { findNumberMentions } from '../../../src/lib/parse/indonesian-number.ts';
import { NUMBER_WORDS } from './zz-old/number-words.ts';
const grouped = (n: number) => n.toLocaleString('de-DE');
const SCALE_RE = String.raw`(?:ribu|juta|mil[iy]ar|tril[iy]un)\b`;
const PERCENT_RE = String.raw`(?:%|persen\b)`;
const WORD_RE = Object.keys(NUMBER_WORDS).join('|');
const OLD = new RegExp(
	String.raw`(?:(?:(?<rp>Rp\.?\s*)|(?<![a-z\d]|\d[.,]))(?<int>\d{1,3}(?:\.\d{3})+|\d+)` +
		String.raw`(?:,(?<frac>\d+)|(?<dash>,-))?(?!\d|[.,]\d)` +
		String.raw`|(?<!salah\s+)\b(?<word>${WORD_RE})\b)` +
		String.raw`(?:\s*(?<scale>${SCALE_RE}))?(?:\s*(?<pct>${PERCENT_RE}))?`,
	'gi',
);
const NEW = READINGS.id.mention;
const src = NEW.source;
const V: Record<string, RegExp> = {
  noCint: new RegExp(src.replace(String.raw`|(?<cint>\d{1,3}(?:,\d{3}){2,})`, ''), 'gi'),
  noDfrac: new RegExp(src.replace(String.raw`|\.(?<dfrac>(?!\d{3}(?!\d))\d+)`, ''), 'gi'),
  oldWords: new RegExp(src.replace(/\(\?<word>[^)]*\)/, `(?<word>${WORD_RE})`), 'gi'),
  noSalah: new RegExp(src.replace(String.raw`(?<!salah\s+)`, ''), 'gi'),
  noAn: new RegExp(src.replace('(?:an)?', ''), 'gi'),
};

let seed = 1;
const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
const qs: string[] = [];
for (let i = 0; i < 25000; i++) {
	const c = Math.round(rnd() * 10000) / 100; const p = Math.round(rnd() * 1e6);
	qs.push(`cakupan kepesertaan mencapai ${String(c).replace('.', ',')} persen`, `sebanyak ${grouped(p)} peserta aktif`, `dari total sasaran ${grouped(p * 3)} pekerja`, `selama ${1 + (i % 12)} bulan`, `anggaran sebesar Rp${grouped(Math.round(rnd() * 1e10))}`, `target cakupan ${String(c).replace('.', ',')} persen pada 2045`);
}
function scan(re: RegExp) { let n = 0; for (const q of qs) { re.lastIndex = 0; while (re.exec(q)) n++; } return n; }
function time(f: () => unknown) { const t = process.cpuUsage(); f(); const d = process.cpuUsage(t); return (d.user + d.system) / 1000; }
it('bench', () => {
	const b = { oldRe: Infinity, newRe: Infinity, oldF: Infinity, newF: Infinity };
	for (let r = 0; r < 25; r++) {
		b.oldRe = Math.min(b.oldRe, time(() => scan(OLD)));
		b.newRe = Math.min(b.newRe, time(() => scan(NEW)));
		b.oldF = Math.min(b.oldF, time(() => { for (const q of qs) oldF(q); }));
		b.newF = Math.min(b.newF, time(() => { for (const q of qs) findNumberMentions(q); }));
	}
	for (const [k, re] of Object.entries(V)) { if (re.source === src) console.log('UNCHANGED', k); let m = Infinity; for (let r = 0; r < 25; r++) m = Math.min(m, time(() => scan(re))); (b as Record<string, number>)[k] = m; }
	console.log(JSON.stringify(b));
}, 300000);
