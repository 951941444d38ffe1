/**
 * The built site the tests read: `dist/` (or PANTAU_DIST). Built once with `npm run build`
 * when missing or older than its inputs, unless SKIP_BUILD is set. A lock folder keeps
 * parallel test files from building at the same time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = resolve(ROOT, process.env['PANTAU_DIST'] ?? 'dist');
const INPUTS = ['src', 'data', 'public', 'astro.config.mjs', 'package.json'];
const LOCK = join(ROOT, 'node_modules', '.cache', 'site-test-build.lock');

/** Newest modification time (ms) of a file or of any file below a folder. */
function newest(path: string): number {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let max = stat.mtimeMs;
	for (const entry of readdirSync(path)) max = Math.max(max, newest(join(path, entry)));
	return max;
}

/** True when dist/ holds a complete build newer than every input. */
export function isFresh(): boolean {
	const marker = join(DIST, 'index.html');
	if (!existsSync(marker) || !existsSync(join(DIST, 'pagefind'))) return false;
	const built = statSync(marker).mtimeMs;
	return INPUTS.every((p) => newest(join(ROOT, p)) <= built);
}

function sleep(ms: number): void {
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Builds the site unless SKIP_BUILD is set or the build is fresh. */
export function ensureBuilt(): void {
	if (process.env['SKIP_BUILD'] || isFresh()) return;
	mkdirSync(join(LOCK, '..'), { recursive: true });
	const deadline = Date.now() + 10 * 60_000;
	for (;;) {
		try {
			mkdirSync(LOCK);
			break;
		} catch {
			// another test file is building: wait for it, then use its result if fresh
			if (Date.now() > deadline) rmSync(LOCK, { recursive: true, force: true });
			sleep(500);
			if (!existsSync(LOCK) && isFresh()) return;
		}
	}
	try {
		if (isFresh()) return;
		const env = { ...process.env };
		if (process.env['PANTAU_DIST']) env['PANTAU_OUT_DIR'] = DIST;
		const run = spawnSync('npm', ['run', '-s', 'build'], { cwd: ROOT, env, encoding: 'utf8' });
		if (run.status !== 0)
			throw new Error(`npm run build failed:\n${run.stdout}\n${run.stderr}`.slice(-8000));
	} finally {
		rmSync(LOCK, { recursive: true, force: true });
	}
}

/** Every file below dist/ with one of the extensions, as URL paths (`/wilayah/x/index.html`). */
export function builtFiles(...extensions: string[]): string[] {
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) {
				if (path !== join(DIST, 'pagefind')) walk(path);
			} else if (extensions.some((e) => entry.name.endsWith(e)))
				out.push(`/${relative(DIST, path).split(sep).join('/')}`);
		}
	};
	walk(DIST);
	return out.sort();
}

/** The text of a built file, by URL path (`/wilayah/x/` reads its index.html). */
export function read(urlPath: string): string {
	return readFileSync(fileOf(urlPath), 'utf8');
}

/** The file a URL path is served from. */
export function fileOf(urlPath: string): string {
	const clean = decodeURIComponent(urlPath);
	return join(DIST, clean.endsWith('/') ? `${clean}index.html` : clean);
}

/** Undoes the HTML escaping Astro applies to text and attributes. */
export function unescapeHtml(text: string): string {
	return text
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#0*39;|&#x0*27;/gi, "'")
		.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
		.replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
		.replace(/&amp;/g, '&');
}

/** Values of one attribute on every element of a page (unescaped). */
export function attributeValues(html: string, attribute: string): string[] {
	const re = new RegExp(`\\s${attribute}="([^"]*)"`, 'g');
	return [...html.matchAll(re)].map((m) => unescapeHtml(m[1] ?? ''));
}

/** The element with an id, from its opening tag to the matching close of the same tag name. */
export function elementById(html: string, id: string): string | null {
	const open = new RegExp(`<([a-z0-9]+)[^>]*\\sid="${id}"[^>]*>`).exec(html);
	if (!open) return null;
	const tag = open[1] ?? '';
	let depth = 0;
	const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
	re.lastIndex = open.index;
	for (let m = re.exec(html); m; m = re.exec(html)) {
		depth += m[1] ? -1 : 1;
		if (depth === 0) return html.slice(open.index, m.index + m[0].length);
	}
	return null;
}
