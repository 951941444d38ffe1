/** Builds the site from a data folder into an output folder, as `npm run build` does. */
import { execFileSync } from 'node:child_process';

/**
 * `env` adds variables to the build's environment (e.g. PANTAU_BASE, PANTAU_SITE_URL).
 * NODE_ENV is production, as when `npm run build` runs from a shell: under vitest it is
 * `test`, and Astro would then also run the dev server's setup (the static-files integration
 * writing its dev copy into node_modules/, racing any other build doing the same).
 */
export function buildSite(dataDir: string, outDir: string, env: Record<string, string> = {}): void {
	execFileSync('npm', ['run', '-s', 'build'], {
		env: {
			...process.env,
			...env,
			NODE_ENV: 'production',
			PANTAU_DATA_DIR: dataDir,
			PANTAU_OUT_DIR: outDir,
		},
		stdio: ['ignore', 'ignore', 'inherit'],
	});
}
