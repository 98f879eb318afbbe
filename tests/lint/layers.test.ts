/**
 * The layers in lint/layers.js (and the operation rules in lint/graphql-operations.js) hold only while their patterns match real import names: each
 * case here is a file that breaks one rule (or keeps to it), linted with the project's own
 * ESLint configuration as if it sat at the given path.
 */
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

let eslint: ESLint;
// The first lint loads the parsers and plugins, which takes long on a busy machine: it is
// done here, with room to spare, so that each case below only lints.
beforeAll(async () => {
  eslint = new ESLint({ cwd: process.cwd() });
  await eslint.lintText('export {};\n', { filePath: 'app/probe/warm-up.ts' });
  await eslint.lintText('query WarmUp {\n  __typename\n}\n', { filePath: 'app/probe/warm-up.graphql' });
}, 180_000);

/** The messages of the layer rules for `code` placed at `filePath`. */
async function layerProblems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax')
    .map((m) => m.message);
}

/** The rules an operation document at `filePath` breaks. */
async function operationProblems(filePath: string, code: string): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId);
}

describe('screens (app/)', () => {
  it('may not import the store', async () => {
    const problems = await layerProblems(
      'app/probe/page.tsx',
      "import { openDatabase } from '@/data/store/open';\nexport const db = openDatabase;\n",
    );
    expect(problems).toEqual([expect.stringContaining('Screens read the data through GraphQL')]);
  });

  it('may not reach the store or the ingest path by a relative path either', async () => {
    const problems = await layerProblems(
      'app/probe/panel.tsx',
      "import { createStore } from '../../data/store/store';\nimport { STANCES } from '../../data/ingest/dataset-schema';\nexport const x = [createStore, STANCES];\n",
    );
    expect(problems).toHaveLength(2);
  });

  it('may not import the index math or the database driver', async () => {
    const problems = await layerProblems(
      'app/probe/panel.tsx',
      "import { decay } from '@/data/tension';\nimport Database from 'better-sqlite3';\nexport const x = [decay, Database];\n",
    );
    expect(problems).toEqual([
      expect.stringContaining('computed behind the API'),
      expect.stringContaining('Only data/store opens the database'),
    ]);
  });

  it('may import operations, generated types and the pure date helpers', async () => {
    const problems = await layerProblems(
      'app/probe/panel.tsx',
      [
        "import { runOperation } from '@/graphql/server';",
        "import type { Stance } from '@/graphql/__generated__/client/graphql';",
        "import { toInterval } from '@/data/partial-date';",
        'export const x: [unknown, Stance | undefined, unknown] = [runOperation, undefined, toInterval];',
        '',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
  });
});

describe('client components', () => {
  it('may not import graphql/server, server-only or the domain math', async () => {
    const problems = await layerProblems(
      'app/probe/widget.tsx',
      [
        "'use client';",
        "import { runOperation } from '@/graphql/server';",
        "import 'server-only';",
        "import { decay } from '../../data/tension';",
        'export const x = [runOperation, decay];',
        '',
      ].join('\n'),
    );
    expect(problems).toEqual([
      expect.stringContaining('of graphql/ they may use only the generated types'),
      expect.stringContaining('server-only modules cannot be imported'),
      // data/tension breaks the screens' rule and the client rule alike.
      expect.stringContaining('computed behind the API'),
      expect.stringContaining('the store and the domain math stay on the server'),
    ]);
  });

  it('may import the generated types', async () => {
    const problems = await layerProblems(
      'app/probe/widget.tsx',
      "'use client';\nimport type { Stance } from '@/graphql/__generated__/client/graphql';\nexport const x: Stance | null = null;\n",
    );
    expect(problems).toEqual([]);
  });

  it('may import the graphql-tag package, which is not the graphql/ folder', async () => {
    const problems = await layerProblems(
      'app/probe/widget.tsx',
      "'use client';\nimport { disableFragmentWarnings } from 'graphql-tag';\nexport const x = disableFragmentWarnings;\n",
    );
    expect(problems).toEqual([]);
  });

  it('the same imports are allowed in a server component', async () => {
    const problems = await layerProblems(
      'app/probe/widget.tsx',
      "import { runOperation } from '@/graphql/server';\nexport const x = runOperation;\n",
    );
    expect(problems).toEqual([]);
  });
});

describe('the domain (data/tension.ts and its kin)', () => {
  it('imports nothing from the store, the ingest path or the API', async () => {
    const problems = await layerProblems(
      'data/tension.ts',
      [
        "import type { Db } from './store/open';",
        "import { STANCES } from './ingest/dataset-schema';",
        "import type { GraphQLContext } from '../graphql/context';",
        'export const x: [Db | null, unknown, GraphQLContext | null] = [null, STANCES, null];',
        '',
      ].join('\n'),
    );
    expect(problems).toHaveLength(3);
  });
});

describe('SQL', () => {
  it('is prepared only in data/store', async () => {
    const code = [
      "import type { Db } from '../store/open';",
      "export const count = (db: Db) => db.prepare('SELECT count(*) FROM actors').pluck().get();",
      "export const bulk = (db: Db) => db.pragma('cache_size = -1000');",
      "export const drop = (db: Db) => db.exec('DROP TABLE actors');",
      '',
    ].join('\n');
    expect(await layerProblems('data/ingest/probe.ts', code)).toEqual([
      expect.stringContaining('Only data/store speaks SQL'),
      expect.stringContaining('Only data/store speaks SQL'),
      expect.stringContaining('Only data/store speaks SQL'),
    ]);
    expect(await layerProblems('data/store/writes/probe.ts', code)).toEqual([]);
  });

  it('a regular expression’s exec is not SQL', async () => {
    const problems = await layerProblems(
      'graphql/probe.ts',
      'const KEY = /^[a-z]+$/;\nexport const key = (text: string) => KEY.exec(text);\n',
    );
    expect(problems).toEqual([]);
  });
});

describe('GraphQL operations', () => {
  it('are checked against the schema', async () => {
    const problems = await operationProblems(
      'app/probe/panel.graphql',
      'query ProbePanel {\n  actor(key: "japan") {\n    key\n    nickname\n  }\n}\n',
    );
    expect(problems).toEqual(['@graphql-eslint/fields-on-correct-type']);
  });

  it('must be named, and use the variables they declare', async () => {
    const problems = await operationProblems(
      'docs/queries/probe.graphql',
      'query ($key: String!) {\n  actor(key: "japan") {\n    key\n  }\n}\n',
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        '@graphql-eslint/no-anonymous-operations',
        '@graphql-eslint/no-unused-variables',
      ]),
    );
  });

  it('a valid operation passes', async () => {
    const problems = await operationProblems(
      'app/probe/panel.graphql',
      'query ProbePanel($key: String!) {\n  actor(key: $key) {\n    key\n    name\n  }\n}\n',
    );
    expect(problems).toEqual([]);
  });
});
