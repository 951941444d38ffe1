// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { BASE_PATH, CSP_DIRECTIVES, SITE_URL } from './src/config.ts';
import { staticFiles } from './src/integrations/static-files.ts';
import { sitemapAlternates, withBase } from './src/lib/page-data/urls.ts';

/**
 * Root-relative links written in Markdown and MDX (`[kualitas data](/kualitas-data/)`) get the
 * base path, like every link the components build with src/lib/page-data/urls.ts. A hast
 * plugin of Sätteri, Astro's Markdown processor.
 * @type {import('satteri').HastPluginDefinition}
 */
const basePathLinks = {
	name: 'pantau-base-path-links',
	element: {
		filter: ['a', 'img'],
		visit(node, ctx) {
			for (const name of ['href', 'src']) {
				const value = node.properties[name];
				if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//'))
					ctx.setProperty(node, name, withBase(value));
			}
		},
	},
};

export default defineConfig({
	// Where the site is published: PANTAU_SITE_URL and PANTAU_BASE (see src/config.ts and the
	// deploy workflow), by default https://pantau-jamsostek.github.io at the root.
	site: SITE_URL,
	base: BASE_PATH,
	// Tests build fixture data sets into their own folders (PANTAU_OUT_DIR); the site uses dist/.
	outDir: process.env['PANTAU_OUT_DIR'] ?? 'dist',
	trailingSlash: 'always',
	// One request per page: the CSS (about 3 KB gzipped) is inlined, so nothing blocks the
	// first paint on a slow phone connection; Astro's CSP hashes the inline styles.
	build: { inlineStylesheets: 'always' },
	// No code blocks are highlighted: Shiki's inline styles would break the CSP.
	markdown: {
		syntaxHighlight: false,
		// At the root there is nothing to rewrite: Astro's default processor, untouched.
		...(BASE_PATH === '/' ? {} : { processor: satteri({ hastPlugins: [basePathLinks] }) }),
	},
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
