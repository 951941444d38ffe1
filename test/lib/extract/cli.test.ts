/** The command-line handling shared by `extract` and `eval-extract`, as a function. */
import { describe, expect, it } from 'vitest';
import { readCommandLine } from '../../../src/lib/extract/cli.ts';

const spec = {
	name: 'extract',
	usage: 'usage: npm run extract -- <article.txt>',
	options: { region: { type: 'string' } },
	positionals: [1, 1],
} as const;

describe('readCommandLine', () => {
	it('reads options, positionals and --data-dir', () => {
		const line = readCommandLine(spec, ['a.txt', '--region', '35.73', '--data-dir', 'x']);
		expect(line).toEqual({
			kind: 'run',
			values: { region: '35.73', 'data-dir': 'x' },
			positionals: ['a.txt'],
			dataDir: 'x',
		});
	});
	it('defaults the data folder', () => {
		const line = readCommandLine(spec, ['a.txt']);
		expect(line.kind === 'run' && line.dataDir).toBe(process.env['PANTAU_DATA_DIR'] ?? 'data');
	});
	it('answers --help with the usage', () => {
		expect(readCommandLine(spec, ['-h'])).toEqual({ kind: 'help', text: spec.usage });
	});
	it('names the command and shows the usage on an unknown option or a wrong count', () => {
		const unknown = readCommandLine(spec, ['a.txt', '--regoin', '35.73']);
		expect(unknown.kind).toBe('error');
		expect(unknown.kind === 'error' && unknown.message).toMatch(
			/^extract: Unknown option '--regoin'[^\n]*\nusage: npm run extract/,
		);
		expect(readCommandLine(spec, [])).toEqual({ kind: 'error', message: spec.usage });
		expect(readCommandLine(spec, ['a.txt', 'b.txt'])).toEqual({
			kind: 'error',
			message: spec.usage,
		});
	});
});
