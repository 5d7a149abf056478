import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // sample projects' own test files (test/fixtures/stacks/*) are data for the stack reader, not our tests
    exclude: ['test/fixtures/**', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Builds dist/ once for the tests that run the bundle (test/package/*).
    globalSetup: ['test/package/global-setup.ts'],
  },
});
