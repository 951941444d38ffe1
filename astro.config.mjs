// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { CSP_DIRECTIVES, SITE_URL } from './src/config.ts';
import { staticFiles } from './src/integrations/static-files.ts';
import { sitemapAlternates } from './src/lib/page-data/urls.ts';

export default defineConfig({
	site: SITE_URL,
	// Tests build fixture data sets into their own folders (PANTAU_OUT_DIR); the site uses dist/.
	outDir: process.env['PANTAU_OUT_DIR'] ?? 'dist',
	trailingSlash: 'always',
	// One request per page: the CSS (about 3 KB gzipped) is inlined, so nothing blocks the
	// first paint on a slow phone connection; Astro's CSP hashes the inline styles.
	build: { inlineStylesheets: 'always' },
	// No code blocks are highlighted: Shiki's inline styles would break the CSP.
	markdown: { syntaxHighlight: false },
	integrations: [
		mdx(),
		// Downloads and embeddable charts are written beside Astro, on the other core.
		staticFiles(),
		sitemap({
			// No lastmod: the sitemap, like every page, must not depend on the build's clock.
			filter: (page) => !page.endsWith('/404/') && !page.includes('/embed/'),
			// Every listed page has a twin in the other language: alternates come from its URL.
			serialize: (item) => ({ ...item, links: sitemapAlternates(item.url) }),
		}),
	],
	i18n: {
		locales: ['id', 'en'],
		defaultLocale: 'id',
		routing: { prefixDefaultLocale: false },
	},
	security: { csp: { directives: [...CSP_DIRECTIVES] } },
});
