/**
 * Astro integration: the downloads and embeddable charts (scripts/static-files.ts) are
 * written by a child process started with the build, so they use the machine's second core
 * while Astro renders the pages; when Astro is done they are moved into the output folder.
 * `astro dev` writes them once at start and serves them (restart dev after data changes).
 * `npm run build` caps every Node process of the build at 1,100 MB of heap (a national build
 * peaked at 2.2 GB in one process without; 1.34 GB with); the writer gets less (WRITER_HEAP_MB).
 */
import { spawn } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
} from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const SCRIPT = fileURLToPath(new URL('../../scripts/static-files.ts', import.meta.url));

/**
 * The writer's heap, below the build's 1,100 MB: on the national synthetic set it needs between
 * 700 MB (it fails there) and 800 MB, and runs as fast at 800 as at 1,100, while its resident
 * size drops from 1.49 to 1.14 GB, which keeps the whole build's process tree under 2.5 GB. A
 * larger data set that needs more fails the build loudly ("heap out of memory"): raise it then.
 */
const WRITER_HEAP_MB = 800;

const TYPES: Record<string, string> = {
	'.csv': 'text/csv; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.zip': 'application/zip',
	'.svg': 'image/svg+xml; charset=utf-8',
	'.html': 'text/html; charset=utf-8',
};

/** Runs the script into `out`; resolves when it succeeded, rejects with its exit code. */
function writeFiles(out: string): Promise<void> {
	rmSync(out, { recursive: true, force: true });
	mkdirSync(out, { recursive: true });
	const child = spawn(
		process.execPath,
		[`--max-old-space-size=${WRITER_HEAP_MB}`, SCRIPT, '--out', out],
		{
			stdio: 'inherit',
		},
	);
	// A build that fails before the files are collected must not leave the writer running.
	const stop = () => child.kill();
	process.once('exit', stop);
	return new Promise((done, fail) => {
		child.on('error', fail);
		child.on('exit', (code) => {
			process.off('exit', stop);
			if (code === 0) done();
			else fail(new Error(`scripts/static-files.ts failed (exit ${String(code)})`));
		});
	});
}

/** Moves every entry of `from` into `to`: whole folders when `to` lacks them, else merged. */
function moveInto(from: string, to: string): void {
	mkdirSync(to, { recursive: true });
	for (const name of readdirSync(from)) {
		const source = join(from, name);
		const target = join(to, name);
		if (existsSync(target) && statSync(source).isDirectory()) moveInto(source, target);
		else renameSync(source, target);
	}
}

export function staticFiles(): AstroIntegration {
	let outDir = '';
	let root = '';
	let pending: Promise<void> | undefined;
	// Beside the output folder, on the same file system, so moving is a rename.
	const temp = () => `${outDir.replace(/[\\/]$/, '')}.static-files`;
	return {
		name: 'pantau-static-files',
		hooks: {
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
				root = fileURLToPath(config.root);
			},
			'astro:build:start': () => {
				pending = writeFiles(temp());
				// Reported when awaited in astro:build:done, not as an unhandled rejection.
				pending.catch(() => undefined);
			},
			'astro:build:done': async ({ dir, logger }) => {
				await pending;
				moveInto(temp(), fileURLToPath(dir));
				rmSync(temp(), { recursive: true, force: true });
				logger.info('downloads and embeddable charts moved into the site');
			},
			'astro:server:setup': async ({ server, logger }) => {
				const served = resolve(root, 'node_modules/.pantau-dev-static');
				await writeFiles(served);
				logger.info('downloads and embeddable charts written for dev');
				server.middlewares.use((req, res, next) => {
					const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
					const file = join(served, path.endsWith('/') ? `${path}index.html` : path);
					if (!file.startsWith(served) || !existsSync(file) || !statSync(file).isFile()) {
						next();
						return;
					}
					res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
					res.end(readFileSync(file));
				});
			},
		},
	};
}
