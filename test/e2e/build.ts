/** Builds the site from a data folder into an output folder, as `npm run build` does. */
import { execFileSync } from 'node:child_process';

export function buildSite(dataDir: string, outDir: string): void {
	execFileSync('npm', ['run', '-s', 'build'], {
		env: { ...process.env, PANTAU_DATA_DIR: dataDir, PANTAU_OUT_DIR: outDir },
		stdio: ['ignore', 'ignore', 'inherit'],
	});
}
