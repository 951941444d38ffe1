// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
	site: 'https://pantau-jamsostek.github.io',
	trailingSlash: 'always',
	integrations: [mdx()],
	i18n: {
		locales: ['id', 'en'],
		defaultLocale: 'id',
		routing: { prefixDefaultLocale: false },
	},
	security: { csp: true },
});
