import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Property tests print their seed on failure; keep runs bounded for CI.
    testTimeout: 30_000,
    // A run that finds no test is a broken run, never a green one.
    passWithNoTests: false,
  },
});
