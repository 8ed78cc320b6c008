import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Coverage is measured on the unit project only (npm run test:unit passes --coverage).
    coverage: {
      provider: 'v8',
      include: ['src/lib/**/*.ts'],
      reporter: ['text-summary', 'json-summary'],
      thresholds: { lines: 90 },
    },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Test files share a worker's modules: importing them again for each file was nearly half of
          // the unit tests' time. So no module may keep state a test can change (the search engine
          // copies what it adds to its index), and contentOnce.test.ts takes fresh instances itself.
          isolate: false,
          // npm test runs these beside the build on a shared 2-core machine: a test that takes 5 s
          // there is slow, not broken. (Tests that assert a speed keep their own bound.)
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/globalSetup.ts'],
          setupFiles: ['tests/e2e/setup.ts'],
          // Two files at a time: a file's page loads leave its browser idle half the time, and two
          // streams keep both cores busy. Each connects to the run's one Chromium.
          maxWorkers: 2,
          // A worker runs its files one after another in one process, not a new process for each file:
          // about 0.7 CPU s less per file. browser.ts keeps its state per connection, which each file
          // opens and closes, and setup.ts runs again for each file.
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
