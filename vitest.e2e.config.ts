import { defineConfig } from 'vitest/config';

/** Quality gates over the built site (run after `npm run build`): `npm run test:e2e`. */
export default defineConfig({
	test: {
		include: ['test/e2e/**/*.e2e.ts'],
		env: { TZ: 'UTC' },
		testTimeout: 120_000,
		hookTimeout: 300_000,
		fileParallelism: false,
	},
});
