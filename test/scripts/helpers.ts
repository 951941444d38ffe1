/**
 * Running the command-line scripts from tests: the project's Node (24, with type stripping)
 * on temporary copies of fixtures, cleaned up afterwards.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The repository root (tests run from it). */
export const ROOT = resolve('.');

/** Node 24 runs the .ts scripts itself; older Node comes from the pinned devDependency. */
export const NODE =
	Number(process.versions.node.split('.')[0]) >= 24
		? process.execPath
		: resolve('node_modules/.bin/node');

/**
 * The environment for child processes: UTC, no PANTAU_DATA_DIR, and no GIT_* variables (a
 * git hook running the tests sets GIT_DIR and GIT_INDEX_FILE, which would redirect the
 * temporary repositories to the real one).
 */
export function cleanEnv(): NodeJS.ProcessEnv {
	const kept = Object.entries(process.env).filter(
		([key]) => !key.startsWith('GIT_') && key !== 'PANTAU_DATA_DIR',
	);
	return { ...Object.fromEntries(kept), TZ: 'UTC' };
}

/** What a script run printed and how it ended. */
export interface Run {
	status: number | null;
	stdout: string;
	stderr: string;
}

/** Runs `scripts/<name>.ts` with `args` in `cwd`, stdin closed (not a terminal). */
export function runScript(name: string, args: string[], cwd = ROOT): Run {
	const r = spawnSync(NODE, [join(ROOT, 'scripts', `${name}.ts`), ...args], {
		cwd,
		encoding: 'utf8',
		input: '',
		env: cleanEnv(),
	});
	return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary folder; `cleanup` removes it. */
export function tempDir(prefix = 'pantau-test-'): { dir: string; cleanup: () => void } {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A temporary copy of test/fixtures/valid/basic as `<tmp>/data`. */
export function tempData(): { root: string; data: string; cleanup: () => void } {
	const { dir, cleanup } = tempDir();
	const data = join(dir, 'data');
	cpSync(join(ROOT, 'test/fixtures/valid/basic'), data, { recursive: true });
	return { root: dir, data, cleanup };
}
