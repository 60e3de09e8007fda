import { defineConfig } from 'vitest/config';

/** The real-browser tests (`npm run test:browser`): the built playground driven in Chromium. */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.browser.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    passWithNoTests: false,
  },
});
