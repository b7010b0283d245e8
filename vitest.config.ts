import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    environment: 'node',
    // Component tests opt in with `// @vitest-environment happy-dom` at their top.
    restoreMocks: true,
    testTimeout: 20_000,
  },
});
