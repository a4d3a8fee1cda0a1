import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['server/**/*.test.ts', 'test/**/*.test.ts'],
    // Domain tests never read the wall clock; a generous timeout covers the property tests on
    // a loaded 2-core CI machine.
    testTimeout: 60_000,
    // expect.poll waits on what a browser or a server process shows; vitest's default second
    // is shorter than one request and render on that loaded machine (a countdown once failed
    // waiting for the calendar's days off under a full parallel run).
    expect: { poll: { timeout: 10_000 } },
  },
});
