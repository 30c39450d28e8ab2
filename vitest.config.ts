import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        define: { __STEADYHAND_DEMO__: 'false' },
        test: {
          name: 'unit',
          globals: true,
          environment: 'happy-dom',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // expect.poll waits for a state, it does not time one: vitest's 1 s default fails on a loaded machine
          // (a 10,000-deep message read in CI). Timings are asserted where they are meant, with their own bounds.
          expect: { poll: { timeout: 10_000 } },
          // One Chromium at a time: CI has two cores and each test launches a browser.
          fileParallelism: false,
        },
      },
    ],
  },
});
