/**
 * The e2e suite: real Chromium with the e2e build loaded (scripts/e2e.ts builds it first).
 * Files run one after another: each launches a browser and a mock server, and the machine has 2 cores.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    // The Firefox suite has its own runner and config (scripts/e2e-firefox.ts).
    exclude: ['e2e/firefox/**'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 20_000,
    // A real browser is slow to start on a busy machine: one retry would hide flakes, so none.
    retry: 0,
  },
});
