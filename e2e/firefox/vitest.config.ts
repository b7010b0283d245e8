/**
 * The Firefox suite: real Firefox ESR with a production build installed (scripts/e2e-firefox.ts
 * builds it and runs this config once per build: MV3 and the shipped MV2). One file at a time.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/firefox/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
    teardownTimeout: 20_000,
    retry: 0,
  },
});
