/**
 * Every invalid fixture under test/fixtures/invalid/ holds one mistake maintainers really
 * make; check-data must name its file, line, column and what is allowed.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/load/load-dataset.ts';
import { formatIssue } from '../../../src/lib/schema/issue.ts';

const SOURCE = 'sources/contoh-2025-04-11';
const HEADER =
	'region,indicator,segment,program,funding,level,basis,plan,period,value,qualifier,quote,note';
const NO_SOURCE = `${SOURCE}/figures.csv:0:0: 6 rows not published: the folder has no valid source.json`;

/** [fixture, expected problems as `path:line:column: message` relative to the fixture, accepted, rejected] */
const cases: [string, string[], number, number][] = [
	[
		'misspelt-column',
		[
			`${SOURCE}/figures.csv:1:8: unknown column "indikator" — the header must be: ${HEADER}`,
			`${SOURCE}/figures.csv:1:1: missing column indicator — the header must be: ${HEADER}`,
			...[2, 3, 4, 5, 6, 7].map(
				(l) =>
					`${SOURCE}/figures.csv:${l}:1: row not read: the header of this file is wrong (see line 1)`,
			),
		],
		0,
		6,
	],
	[
		'unknown-region',
		[
			`${SOURCE}/figures.csv:4:1: region "33.99" does not exist — use a Kemendagri code from idn-area-data (e.g. 35.73, 61) or a code from data/areas.csv (e.g. ID)`,
		],
		5,
		1,
	],
	[
		'unknown-indicator',
		[
			`${SOURCE}/figures.csv:4:7: indicator "workers_scope" is not in data/indicators.csv — use one of its ids, or add it there first`,
		],
		5,
		1,
	],
	[
		'bad-period',
		[
			`${SOURCE}/figures.csv:4:30: period: month 13 does not exist (01–12) (intervals: START/END, e.g. 2025-01-01/2025-10-31)`,
		],
		5,
		1,
	],
	[
		'value-not-in-quote',
		[
			`${SOURCE}/figures.csv:2:42: the quote does not state the value 31.36 — numbers read in it: "31,6 persen" = 31.6; copy the words that state it`,
		],
		5,
		1,
	],
	[
		'negative-count',
		[
			`${SOURCE}/figures.csv:4:38: value -684654 is not a count — workers_in_scope is in persons, a whole number of 0 or more`,
			`${SOURCE}/figures.csv:4:47: the quote does not state the value -684654 — numbers read in it: "684.654" = 684654; copy the words that state it`,
		],
		5,
		1,
	],
	[
		'percent-over-100',
		[
			`${SOURCE}/figures.csv:2:35: value 316 is not a percentage — coverage_rate is in percent, 0 to 100`,
		],
		5,
		1,
	],
	[
		'http-url',
		[
			`${SOURCE}/source.json:4:2: url "http://example.org/berita/cakupan-banyumas" is not an https: URL — only https:// links are allowed`,
			NO_SOURCE,
		],
		0,
		6,
	],
	[
		'javascript-url',
		[
			`${SOURCE}/source.json:4:2: url "javascript:alert(1)" is not an https: URL — only https:// links are allowed`,
			NO_SOURCE,
		],
		0,
		6,
	],
	['empty-quote', [`${SOURCE}/figures.csv:4:46: quote is empty — it is required`], 5, 1],
	[
		'duplicate-row',
		[
			`${SOURCE}/figures.csv:5:1: same series and period as line 4 (region, indicator, segment, program, funding, level, basis, plan) — if both are real figures, fill the column that tells them apart (funding for two payers such as APBD_KABKOTA and APBD_PROV, basis for a plan and its realisation, segment, program or period); if the source repeats one figure, keep one row`,
		],
		6,
		1,
	],
	[
		'wrong-breakdown',
		[
			`${SOURCE}/figures.csv:4:25: indicator workers_in_scope has no program breakdown — leave program empty (allowed: segment)`,
		],
		5,
		1,
	],
	[
		'unknown-segment',
		[
			`${SOURCE}/figures.csv:5:27: segment: "PPU" is not a known segment — allowed: PU, BPU, JAKON, PMI, NON_ASN, RENTAN, MISKIN_EKSTREM, PERANGKAT_DESA, NELAYAN, PETANI, or empty`,
		],
		5,
		1,
	],
	[
		'missing-source-json',
		[
			`${SOURCE}/source.json:0:0: file is missing — every source folder needs a source.json describing the article (see data/README.md)`,
			NO_SOURCE,
		],
		0,
		6,
	],
	[
		'malformed-json',
		[
			`${SOURCE}/source.json:8:17: malformed JSON: a property name in double quotes is expected (is there a trailing comma?) — fix the syntax (a JSON validator helps)`,
			NO_SOURCE,
		],
		0,
		6,
	],
	[
		'unclosed-quote',
		[
			`${SOURCE}/figures.csv:7:65: a quoted cell is never closed — end it with " (write "" for a quote inside a cell)`,
		],
		5,
		1,
	],
	[
		'too-many-columns',
		[
			`${SOURCE}/figures.csv:4:82: row has 14 cells, the header has 13 — a text cell containing a comma must be wrapped in double quotes`,
		],
		5,
		1,
	],
	[
		'grouped-value',
		[
			`${SOURCE}/figures.csv:4:38: value 684.654 is not a count — workers_in_scope is in persons, a whole number of 0 or more written without thousands separators`,
			`${SOURCE}/figures.csv:4:47: the quote does not state the value 684.654 — numbers read in it: "684.654" = 684654; copy the words that state it`,
		],
		5,
		1,
	],
	[
		'actual-in-future',
		[
			`${SOURCE}/figures.csv:4:30: an actual figure's period (2025-06) starts after the source was published (2025-04-11) — future values are basis target or planned`,
		],
		5,
		1,
	],
	[
		'target-without-plan',
		[
			`${SOURCE}/figures.csv:6:32: a target needs the plan that sets it — allowed: RPJPN, RPJMN, RPJPD, RPJMD, RKP, KEMENDAGRI, BPJS, PEMDA, UNNAMED (UNNAMED when the source does not say who set it)`,
		],
		5,
		1,
	],
	[
		'accessed-before-published',
		[
			`${SOURCE}/source.json:6:2: accessed 2025-04-01 is before published 2025-04-11 — a source is read after it is published`,
			NO_SOURCE,
		],
		0,
		6,
	],
	[
		'id-date-disagrees',
		[
			'sources/contoh-2024-11-29/source.json:5:2: published 2025 does not agree with the date in the source id (2024-11-29) — the folder is named <publisher>-<published>: correct published, or rename the folder to contoh-2025',
			'sources/contoh-2024-11-29/figures.csv:0:0: 6 rows not published: the folder has no valid source.json',
		],
		0,
		6,
	],
	[
		'unknown-source-field',
		[
			`${SOURCE}/source.json:9:2: outlet: unknown field "outlet" — allowed: title, publisher, original_publisher, url, archived_url, published, accessed, language, kind, quoted, note`,
			NO_SOURCE,
		],
		0,
		6,
	],
	[
		'data-url',
		[
			`${SOURCE}/source.json:4:2: url "data:text/html,<script>alert(1)</script>" is not an https: URL — only https:// links are allowed`,
			NO_SOURCE,
		],
		0,
		6,
	],
	[
		'bidi-control',
		[
			`${SOURCE}/figures.csv:4:46: quote contains an invisible text-direction control character (U+202A–U+202E or U+2066–U+2069) — remove it; it can make text display differently from what it says`,
		],
		5,
		1,
	],
	[
		'oversized-quote',
		[
			`${SOURCE}/figures.csv:4:46: quote is 102435 characters long — at most 600 are allowed (quote only the words that state the value)`,
		],
		5,
		1,
	],
];

describe('invalid fixtures', () => {
	it.each(cases)('%s', async (name, expected, accepted, rejected) => {
		const dir = `test/fixtures/invalid/${name}`;
		const { dataset, issues } = await loadDataset(dir);
		expect(issues.map(formatIssue)).toEqual(expected.map((e) => `${dir}/${e}`));
		expect(dataset.accounting).toEqual({
			rowsRead: accepted + rejected,
			figuresAccepted: accepted,
			rowsRejected: rejected,
		});
	});
});

describe('valid fixtures', () => {
	it.each(['basic', 'edge-cases'])('%s passes with every row published', async (name) => {
		const { dataset, issues } = await loadDataset(`test/fixtures/valid/${name}`);
		expect(issues).toEqual([]);
		expect(dataset.accounting).toEqual({ rowsRead: 6, figuresAccepted: 6, rowsRejected: 0 });
	});

	it('reads quoted commas, doubled quotes, BOM and CRLF exactly', async () => {
		const { dataset } = await loadDataset('test/fixtures/valid/edge-cases');
		const quotes = dataset.figures.map((f) => f.quote);
		expect(quotes).toContain(
			'Ia berkata, "cakupan baru 31,6 persen, atau sekitar 214.687 peserta aktif"',
		);
		expect(dataset.figures[0]?.region).toBe('33.02');
		expect(dataset.indicators.has('coverage_rate')).toBe(true);
		expect(quotes.every((q) => !q.includes('\r'))).toBe(true);
	});

	it('keeps the printed precision and qualifier of each figure', async () => {
		const { dataset } = await loadDataset('test/fixtures/valid/basic');
		const byValue = new Map(dataset.figures.map((f) => [f.value, f]));
		expect(byValue.get(31.6)?.precision).toBeCloseTo(0.05);
		expect(byValue.get(214687)?.qualifier).toBe('approx');
		expect(byValue.get(214687)?.precision).toBe(0.5);
		expect(byValue.get(2092600000)?.basis).toBe('planned');
		expect(byValue.get(50)?.plan).toBe('RPJMD');
	});
});
