import path from 'node:path';
import { configDefaults, defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/**
 * Three suites, chosen by Vitest's mode: `npm test` runs the default one; `npm run test:sources`
 * (`--mode sources`) the checks against material kept outside the repository, with the paths
 * scripts/test-sources.ts gives them; `npm run test:load` (`--mode load`) the load test.
 * The PostgreSQL tests (tests/pg) join the default suite when FAULTLINE_TEST_DATABASE_URL names
 * a database for them; without one they are not collected. With one, the default suite is two
 * projects: `default`, every test as without it, and `api-on-postgres`, the API tests below run
 * again with each test server serving a copy of its database in PostgreSQL
 * (tests/helpers/postgres-copy.ts).
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

/**
 * The tests/api files run on PostgreSQL too. The others, and why they stay on SQLite:
 * - analysts: makes and revokes analysts through SQLite's accounts (tests/pg/analysts: PostgreSQL's).
 * - async-store, n-plus-one, query-plans: about SQLite's store itself (its answers' timing, its statements, its plans).
 * - desk-sessions, designation-export, export-detail, run-operation, statement-export-affiliates,
 *   favicon: read through the app's own backend (FAULTLINE_DB) or no database at all, not a test server.
 * - kept-rows: rows kept across two SQLite connections to one file.
 * - list-params: reads through the app's own backend (FAULTLINE_DB) but for one block.
 * - network, tension-cache: a test writes or loads through a second SQLite connection to the file.
 * - pair-links, record-counts, reload-keeps-corrections: load datasets into SQLite after the server serves it.
 * - retract-record: reads the export route, which serves the app's own backend (FAULTLINE_DB).
 * - schema-snapshot, tension-formula: no database.
 * - search-common-words, search-excerpts-cost: record the SQL sent to SQLite's FTS5 indexes.
 * - writes-durability: closes and reopens the SQLite file.
 */
const API_ON_POSTGRES = [
  'schema-examples',
  'docs-queries',
  'truth-of-data',
  'statement-filters',
  'event-actor-sanction-filters',
  'pagination',
  'pagination-backward',
  'designation-paging',
  'node-ids',
  'reads-actors-statements',
  'reads-sanctions-alliances',
  'reads-search-sources',
  'sources-search',
  'search-excerpts',
  'text-count-bound',
  'tension',
  'tension-aggregates',
  'tension-doc',
  'relation-as-of',
  'statement-series',
  'sanction-series',
  'affiliated-counts',
  'empty-regime',
  'recent-revisions',
  'self-references',
  'writes',
  'writes-auth',
  'write-dates',
  'write-problems-at-once',
  'write-text-characters',
  'update-statement',
  'add-actor',
  'codebook-writes',
  'propose-statements',
  'reason-bound',
  'event-duplicates',
  'package-source-duplicates',
  'regime-key-conflict',
  'statement-rules',
  'nul-input',
  'http',
].map((name) => `tests/api/${name}.test.ts`);

/** Where the suite has one set of files, or (the default suite on PostgreSQL) two projects. */
function files(mode: string, suite: { include: string[]; exclude: string[] }) {
  const exclude = [...configDefaults.exclude, ...suite.exclude];
  if (mode !== 'test' || !withPostgres) return { include: suite.include, exclude };
  // Each project names its own files: the root's would be added to a project's, not replaced.
  const projects: TestProjectInlineConfiguration[] = [
    { extends: true, test: { name: 'default', include: suite.include, exclude } },
    {
      extends: true,
      test: { name: 'api-on-postgres', include: API_ON_POSTGRES, env: { FAULTLINE_TEST_ENGINE: 'postgres' } },
    },
  ];
  return { projects };
}

export default defineConfig(({ mode }) => {
  const suite = SUITES[mode];
  if (!suite) throw new Error(`No test suite "${mode}": use one of ${Object.keys(SUITES).join(', ')}.`);
  return {
    resolve: {
      alias: [
        { find: '@', replacement: import.meta.dirname },
        // Tests run the server side directly: resolve the guard as Next's server build does.
        {
          find: 'server-only',
          replacement: path.join(import.meta.dirname, 'node_modules/server-only/empty.js'),
        },
        // The packages Node loads itself (Apollo Server, graphql-jit, graphql-tools) get graphql's
        // CommonJS build; the app's code gets the same one, since graphql refuses a schema or type
        // made by its other copy. So does Next's server build (next.config.ts).
        { find: /^graphql$/, replacement: path.join(import.meta.dirname, 'node_modules/graphql/index.js') },
      ],
    },
    test: {
      ...files(mode, suite),
      environment: 'node',
      pool: 'forks',
      testTimeout: 30_000,
      // A suite's first hook seeds a database and imports the app's server code: on a loaded
      // two-core machine that alone has taken more than Vitest's default 10 s.
      hookTimeout: 60_000,
    },
  };
});
