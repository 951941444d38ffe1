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
		// Suites over the built site walk every region and figure of data/, which grows with
		// each data pull request, and spawn Node for the scripts: on a busy 2-core machine 5 s
		// failed on load, not on behaviour (a figures-page walk took 5.6 s). A hang still fails.
		testTimeout: 60_000,
	},
});
