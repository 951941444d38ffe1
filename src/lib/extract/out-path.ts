/**
 * Guarding the data folder: a draft must never be written into it, however the path is
 * spelt (relative, absolute, with "..", or through a symbolic link).
 */
import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

/** The real path of `path`, resolving links in the part of it that exists. */
function realish(path: string): string {
	const abs = resolve(path);
	if (existsSync(abs)) return realpathSync(abs);
	const parent = dirname(abs);
	return parent === abs ? abs : resolve(realish(parent), abs.slice(parent.length + 1));
}

/** True when `path` is `folder` itself or anything below it. */
export function isInside(folder: string, path: string): boolean {
	const rel = relative(realish(folder), realish(path));
	return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}
