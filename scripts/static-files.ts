/**
 * `node scripts/static-files.ts --out DIR`: writes every download (`/data/…`) and every
 * embeddable chart (`/embed/…`) of the data set (PANTAU_DATA_DIR, default data/) into DIR.
 * `npm run build` runs it beside Astro (src/integrations/static-files.ts) and moves the
 * files into the site; run alone, it is a quick way to inspect them.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CSP_DIRECTIVES, SITE_URL } from '../src/config.ts';
import { getSiteData } from '../src/lib/site-data.ts';
import { staticFiles } from '../src/lib/static-files/index.ts';
import { readChartStyles } from '../src/lib/static-files/styles.ts';
import { writeStaticFiles } from '../src/lib/static-files/write.ts';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
if (!values.out) {
	console.error('usage: node scripts/static-files.ts --out DIR');
	process.exit(2);
}
try {
	const started = performance.now();
	const data = await getSiteData();
	const styles = readChartStyles(resolve(import.meta.dirname, '..'));
	const files = staticFiles(data, { site: SITE_URL, csp: CSP_DIRECTIVES, styles });
	const written = writeStaticFiles(files, resolve(values.out));
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	// On a line of its own: Astro may be halfway through printing a route beside it.
	console.log(
		`\nstatic files: ${written.files} files, ${(written.bytes / 1e6).toFixed(1)} MB in ${seconds} s`,
	);
} catch (error) {
	console.error((error as Error).message);
	process.exit(1);
}
