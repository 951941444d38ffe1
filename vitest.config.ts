import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.ts'],
		exclude: ['test/e2e/**', 'node_modules/**'],
		env: { TZ: 'UTC' },
		// One worker process reused across files: the pipeline keeps no state between tests
		// (memos are keyed by the objects they index), and per-file isolation cost most of the
		// wall time of the unit suite.
		isolate: false,
	},
});
