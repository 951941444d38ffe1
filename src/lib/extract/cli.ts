/**
 * The command-line handling `extract` and `eval-extract` share: strict options plus `--help`
 * and `--data-dir`, a usage text, a number of positionals, and one way to fail — the command's
 * name, what is wrong, and the usage. Pure: the scripts print and exit on what it returns.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { defaultDataDir } from '../load/load-dataset.ts';

/** Options every extract command takes. */
const COMMON = {
	'data-dir': { type: 'string' },
	help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsOptionsConfig;

/** One command: its name (for messages), usage text, own options and positionals allowed. */
export interface CommandSpec<O extends ParseArgsOptionsConfig> {
	name: string;
	usage: string;
	options: O;
	/** How many positional arguments it takes, at least and at most. */
	positionals: readonly [min: number, max: number];
}

type Parsed<O extends ParseArgsOptionsConfig> = ReturnType<
	typeof parseArgs<{ options: O & typeof COMMON; allowPositionals: true; strict: true }>
>;

/** What the command line asks for: help, an error to print with the usage, or a run. */
export type CommandLine<O extends ParseArgsOptionsConfig> =
	| { kind: 'help'; text: string }
	| { kind: 'error'; message: string }
	| {
			kind: 'run';
			values: Parsed<O>['values'];
			positionals: string[];
			/** --data-dir, else the default data folder. */
			dataDir: string;
	  };

/** Reads `args` (process.argv.slice(2)) for the command `spec`. */
export function readCommandLine<O extends ParseArgsOptionsConfig>(
	spec: CommandSpec<O>,
	args: readonly string[],
): CommandLine<O> {
	let parsed: Parsed<O>;
	try {
		parsed = parseArgs({
			args: [...args],
			options: { ...spec.options, ...COMMON },
			allowPositionals: true,
			strict: true,
		}) as Parsed<O>;
	} catch (e) {
		return { kind: 'error', message: `${spec.name}: ${(e as Error).message}\n${spec.usage}` };
	}
	const values = parsed.values as Parsed<O>['values'] & { help?: boolean; 'data-dir'?: string };
	if (values.help === true) return { kind: 'help', text: spec.usage };
	const [min, max] = spec.positionals;
	if (parsed.positionals.length < min || parsed.positionals.length > max) {
		return { kind: 'error', message: spec.usage };
	}
	return {
		kind: 'run',
		values: parsed.values,
		positionals: parsed.positionals,
		dataDir: values['data-dir'] ?? defaultDataDir(),
	};
}

/** Prints a failure and exits 1. */
export function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

/**
 * The run a script asked for: prints the usage and exits 0 on --help, prints the error and
 * exits 1 on a bad command line.
 */
export function commandLine<O extends ParseArgsOptionsConfig>(
	spec: CommandSpec<O>,
	args: readonly string[] = process.argv.slice(2),
): Extract<CommandLine<O>, { kind: 'run' }> {
	const line = readCommandLine(spec, args);
	if (line.kind === 'help') {
		console.log(line.text);
		process.exit(0);
	}
	if (line.kind === 'error') fail(line.message);
	return line;
}
