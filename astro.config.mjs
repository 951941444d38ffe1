// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
	site: 'https://pantau-jamsostek.github.io',
	// The build can write elsewhere (quality gates build a second copy to compare).
	outDir: process.env.PANTAU_OUT_DIR ?? 'dist',
	trailingSlash: 'always',
	integrations: [mdx()],
	i18n: {
		locales: ['id', 'en'],
		defaultLocale: 'id',
		routing: { prefixDefaultLocale: false },
	},
	security: { csp: true },
});
