/**
 * The code's layers, as lint rules rather than a convention:
 *
 *   app/ (screens)      reads data only through GraphQL (graphql/server's runOperation) and the
 *                       generated types; never the store, the ingest path or the index's math.
 *   client components   ('use client') ship to the browser, so they import nothing server-side:
 *                       no graphql/ code but its generated types, no store, no domain math.
 *   the domain          (data/tension.ts and its kin) is pure arithmetic over its own types: it
 *                       imports nothing from the store, the ingest path or the API.
 *
 *   data/store          is the only code that speaks SQL: everything else reads and writes
 *                       through its repositories (data/store/writes/ for the writes), so the
 *                       store can move to another database behind the same methods.
 *
 * tests/lint/layers.test.ts runs ESLint on files that break each rule, so a rule that stops
 * matching fails a test instead of passing silently.
 */

/** The import names that reach into data/<dir>, whether by alias or by relative path. */
const dataDir = (dirs) => `(^|/)data/(${dirs})(/|$)`;

const SCREEN_IMPORTS = [
  {
    regex: dataDir('store|ingest|synth'),
    message:
      'Screens read the data through GraphQL (runOperation from graphql/server); dataset enums come from the generated GraphQL types.',
  },
  {
    regex: `(^|/)data/(tension|pair-analysis)$`,
    message: 'The tension index is computed behind the API; screens read it from GraphQL.',
  },
  { regex: '^better-sqlite3$', message: 'Only data/store opens the database.' },
];

/**
 * Client components are recognised by their directive, so a file that gains 'use client'
 * is held to these rules at once. esquery's regular expressions cannot hold a slash, hence
 * the dots in them.
 */
const CLIENT = 'Program:has(> ExpressionStatement[directive="use client"])';
const CLIENT_IMPORTS = [
  {
    // graphql-tag, the package, is not the graphql/ folder.
    source: '/(^|.)graphql.(?!__generated__|tag$)/',
    message: 'Client components ship to the browser: of graphql/ they may use only the generated types.',
  },
  { source: '/^server-only$/', message: 'server-only modules cannot be imported by a client component.' },
  {
    source: '/(^|.)data.(store|ingest|synth|tension|pair-analysis|lru)($|.)/',
    message: 'Client components ship to the browser: the store and the domain math stay on the server.',
  },
];

const DOMAIN_FILES = [
  'data/tension.ts',
  'data/tension-record.ts',
  'data/pair-analysis.ts',
  'data/partial-date.ts',
  'data/quantity.ts',
  'data/lru.ts',
];
const DOMAIN_IMPORTS = [
  {
    regex: '^(\\./|@/data/|(\\.\\./)+data/)(store|ingest|synth)(/|$)',
    message: 'The domain owns its types and imports nothing from the store or the ingest path.',
  },
  {
    regex: '(^|/)graphql(/|$)',
    message: 'The domain knows nothing of the API: resolvers call it, not the other way round.',
  },
  { regex: '^better-sqlite3$', message: 'The domain knows nothing of the database.' },
];

/** SQL leaves the store only as a repository method: no statement is prepared elsewhere. */
const SQL_CALLS = [
  {
    selector: 'CallExpression[callee.property.name=/^(prepare|pragma)$/]',
    message: 'Only data/store speaks SQL: add a repository method there (data/store/writes/ for writes).',
  },
  {
    selector: 'CallExpression[callee.property.name="exec"][callee.object.name=/^(db|database)$/]',
    message: 'Only data/store speaks SQL: add a repository method there (data/store/writes/ for writes).',
  },
];

export const layers = [
  {
    files: ['app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: SCREEN_IMPORTS }],
      'no-restricted-syntax': [
        'error',
        ...CLIENT_IMPORTS.map(({ source, message }) => ({
          selector: `${CLIENT} ImportDeclaration[source.value=${source}]`,
          message,
        })),
        ...SQL_CALLS,
      ],
    },
  },
  {
    files: ['graphql/**/*.ts', 'data/**/*.ts'],
    ignores: ['data/store/**'],
    rules: { 'no-restricted-syntax': ['error', ...SQL_CALLS] },
  },
  {
    files: DOMAIN_FILES,
    rules: { 'no-restricted-imports': ['error', { patterns: DOMAIN_IMPORTS }] },
  },
];
