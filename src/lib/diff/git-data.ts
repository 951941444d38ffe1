/**
 * The data folder as it is at a git ref, copied out with `git archive` into a temporary
 * folder, so both versions can go through loadDataset.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';

/** A copy of the data folder at a ref; `dir` is undefined when the ref has no such folder. */
export interface DataAtRef {
	dir: string | undefined;
	/** Deletes the temporary copy. */
	cleanup(): void;
}

function git(cwd: string, args: string[]): string {
	return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * Copies `dataDir` as committed at `ref` into a temporary folder. Throws with a readable
 * message when `dataDir` is not inside a git work tree or `ref` is not a commit.
 */
export function dataAtRef(dataDir: string, ref: string): DataAtRef {
	const abs = realpathSync(resolve(dataDir));
	let root: string;
	try {
		root = realpathSync(git(abs, ['rev-parse', '--show-toplevel']).trim());
	} catch {
		throw new Error(`${dataDir} is not inside a git repository`);
	}
	try {
		git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
	} catch {
		throw new Error(`${JSON.stringify(ref)} is not a commit, branch or tag of this repository`);
	}
	const path = relative(root, abs).split(sep).join('/') || '.';
	const tmp = mkdtempSync(join(tmpdir(), 'pantau-diff-'));
	const cleanup = () => rmSync(tmp, { recursive: true, force: true });
	try {
		git(root, ['cat-file', '-e', `${ref}:${path === '.' ? '' : path}`]);
	} catch {
		return { dir: undefined, cleanup };
	}
	const tar = join(tmp, 'data.tar');
	git(root, ['archive', '--format=tar', '-o', tar, ref, '--', path]);
	const out = join(tmp, 'tree');
	mkdirSync(out);
	execFileSync('tar', ['-xf', tar, '-C', out]);
	const dir = join(out, path);
	return { dir: existsSync(dir) ? dir : undefined, cleanup };
}
