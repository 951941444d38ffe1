import { it } from 'vitest';
import { quoteStatesValue as oldQ } from './zz-old/indonesian-number.ts';
import { quoteStatesValue } from '../../../src/lib/parse/indonesian-number.ts';
const grouped = (n: number) => n.toLocaleString('de-DE');
let seed = 1;
const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
const rows: [string, number, string][] = [];
for (let i = 0; i < 150000 / 6; i++) {
	const c = Math.round(rnd() * 10000) / 100;
	rows.push([`cakupan kepesertaan mencapai ${String(c).replace('.', ',')} persen`, c, 'percent']);
	const p = Math.round(rnd() * 1e6);
	rows.push([`sebanyak ${grouped(p)} peserta aktif`, p, 'persons']);
	rows.push([`dari total sasaran ${grouped(p * 3)} pekerja`, p * 3, 'persons']);
	rows.push([`selama ${1 + (i % 12)} bulan`, 1 + (i % 12), 'months']);
	const b = Math.round(rnd() * 1e10);
	rows.push([`anggaran sebesar Rp${grouped(b)}`, b, 'idr']);
	rows.push([`target cakupan ${String(c).replace('.', ',')} persen pada 2045`, c, 'percent']);
}
it('bench', () => {
	const best = [Infinity, Infinity];
	for (let round = 0; round < 20; round++) {
		let t = performance.now(); let n = 0;
		for (const [q, v, u] of rows) if (oldQ(q, v, u)) n++;
		const old = performance.now() - t;
		t = performance.now(); let k = 0;
		for (const [q, v, u] of rows) if (quoteStatesValue(q, v, u)) k++;
		const neu = performance.now() - t;
		best[0] = Math.min(best[0]!, old); best[1] = Math.min(best[1]!, neu);
		console.log(`round ${round}: old ${old.toFixed(0)} ms (${n}) new ${neu.toFixed(0)} ms (${k})`);
	}
	console.log('best old', best[0]!.toFixed(0), 'best new', best[1]!.toFixed(0));
}, 300000);
