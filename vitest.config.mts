import path from 'node:path';
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Three suites, chosen by Vitest's mode: `npm test` runs the default one; `npm run test:sources`
 * (`--mode sources`) the checks against material kept outside the repository, with the paths
 * scripts/test-sources.ts gives them; `npm run test:load` (`--mode load`) the load test.
 * The PostgreSQL tests (tests/pg) join the default suite when FAULTLINE_TEST_DATABASE_URL names
 * a database for them; without one they are not collected.
 */
const withPostgres = (process.env.FAULTLINE_TEST_DATABASE_URL ?? '').trim() !== '';
const SUITES: Record<string, { include: string[]; exclude: string[] }> = {
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/sources/**', 'tests/load/**', ...(withPostgres ? [] : ['tests/pg/**'])],
  },
  sources: { include: ['tests/sources/**/*.test.ts'], exclude: [] },
  load: { include: ['tests/load/**/*.test.ts'], exclude: [] },
};

export default defineConfig(({ mode }) => {
  const suite = SUITES[mode];
  if (!suite) throw new Error(`No test suite "${mode}": use one of ${Object.keys(SUITES).join(', ')}.`);
  return {
    resolve: {
      alias: {
        '@': import.meta.dirname,
        // Tests run the server side directly: resolve the guard as Next's server build does.
        'server-only': path.join(import.meta.dirname, 'node_modules/server-only/empty.js'),
      },
    },
    test: {
      include: suite.include,
      exclude: [...configDefaults.exclude, ...suite.exclude],
      environment: 'node',
      pool: 'forks',
      testTimeout: 30_000,
      // A suite's first hook seeds a database and imports the app's server code: on a loaded
      // two-core machine that alone has taken more than Vitest's default 10 s.
      hookTimeout: 60_000,
    },
  };
});
