import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // sample projects' own test files (test/fixtures/stacks/*) are data for the stack reader, not our tests
    exclude: ['test/fixtures/**', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // test/global-setup.ts: one temp folder per run for TMPDIR, XDG_CACHE_HOME and XDG_CONFIG_HOME, removed at
    // the end; the run fails if a test left something in it. test/package/global-setup.ts: builds dist/ once
    // for the tests that run the bundle (test/package/*, e2e).
    globalSetup: ['test/global-setup.ts', 'test/package/global-setup.ts'],
  },
});
