import { defineConfig } from 'vitest/config';

// End-to-end tests drive a real Chromium: one file at a time (two cores), generous timeouts.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
