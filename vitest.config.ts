import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/browser/**', '**/node_modules/**'],
        },
      },
      {
        // The built extension in Debian's Chromium against real-editor fixture pages. One
        // browser per file, files one after another, and only after the unit project
        // (groupOrder): on 2 cores, Chromium next to the ReDoS and corpus runs would only race.
        extends: true,
        test: {
          name: 'browser',
          sequence: { groupOrder: 1 },
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          fileParallelism: false,
          hookTimeout: 120_000,
          testTimeout: 60_000,
          // A cold service worker loads the engine before its first answer: on two busy cores that
          // alone can pass expect.poll's default second. Conditions are still waited for, not slept.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
