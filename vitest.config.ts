import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['server/**/*.test.ts', 'test/**/*.test.ts'],
    // Domain tests never read the wall clock; a generous timeout covers the property tests on
    // a loaded 2-core CI machine.
    testTimeout: 60_000,
  },
});
