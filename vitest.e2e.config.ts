import { defineConfig } from 'vitest/config';

// Browser tests: a real Debian Chromium driven by playwright-core against the built app
// (dist/) served on localhost by test/support/global-setup.ts.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    reporters: ['default'],
  },
});
