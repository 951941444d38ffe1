/**
 * A minimal static server for the built site on 127.0.0.1, as a static host would serve it:
 * `/path/` → `path/index.html`, unknown paths → `404.html` with status 404, text gzipped
 * when the client accepts it, hashed `/_astro/` assets cached for a year.
 */
import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.zip': 'application/zip',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pagefind': 'application/octet-stream',
	'.webmanifest': 'application/manifest+json',
};

export interface RunningServer {
	url: string;
	close(): Promise<void>;
}

/** Resolves a URL path to a file inside `root`, or undefined. */
function resolveFile(root: string, urlPath: string): string | undefined {
	const path = normalize(decodeURIComponent(urlPath.split('?')[0] ?? '/'));
	if (path.includes('..')) return undefined;
	let file = join(root, path);
	if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
	return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

export function serveDir(root: string): Promise<RunningServer> {
	const server: Server = createServer((req, res) => {
		const file = resolveFile(root, req.url ?? '/');
		if (!file) {
			const notFound = join(root, '404.html');
			res.writeHead(404, { 'Content-Type': TYPES['.html'] ?? 'text/html' });
			res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
			return;
		}
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		const headers: Record<string, string> = { 'Content-Type': type };
		if (req.url?.startsWith('/_astro/'))
			headers['Cache-Control'] = 'public, max-age=31536000, immutable';
		let body: Buffer = readFileSync(file);
		if (
			/^(text|application\/(json|xml)|image\/svg)/.test(type) &&
			/\bgzip\b/.test(String(req.headers['accept-encoding']))
		) {
			body = gzipSync(body);
			headers['Content-Encoding'] = 'gzip';
		}
		res.writeHead(200, headers);
		res.end(body);
	});
	return new Promise((resolve) => {
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as AddressInfo;
			resolve({
				url: `http://127.0.0.1:${port}`,
				close: () => new Promise((done) => server.close(() => done())),
			});
		});
	});
}
