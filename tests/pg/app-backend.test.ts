/**
 * With FAULTLINE_DATABASE_URL set, the app's own entry points (the API route, server components'
 * runOperation, the desk's sign-in and its writes) serve the PostgreSQL database it names, and the
 * SQLite file is never opened. The test runner gives each file a process of its own, so the
 * backend opened here is this file's alone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAnalyst } from '../../data/ingest/analysts';
import { seedPostgresIfEmpty } from '../../data/store/pg/seed';
import { DeskAddActorDocument } from '../../graphql/__generated__/client/graphql';
import type { Backend } from '../../graphql/backend';
import { tempDir } from '../helpers/db';
import type { Loose } from '../helpers/graphql';
import { createTestSchema, type TestSchema } from './test-schema';

let schema: TestSchema;
const sqliteFile = path.join(tempDir(), 'never-opened.db');

let POST: (request: Request) => Promise<Response>;
let server: typeof import('../../graphql/server');
let desk: typeof import('../../graphql/desk-session');
let backend: Backend;

beforeAll(async () => {
  schema = await createTestSchema();
  await seedPostgresIfEmpty(schema.pool);
  process.env.FAULTLINE_DATABASE_URL = schema.url;
  process.env.FAULTLINE_DB = sqliteFile;
  ({ POST } = await import('../../app/api/graphql/route'));
  server = await import('../../graphql/server');
  desk = await import('../../graphql/desk-session');
  backend = (await import('../../graphql/backend')).appBackend();
}, 120_000);
afterAll(async () => {
  if (backend?.engine === 'postgres') await backend.pool.end();
  await schema?.drop();
});

const statementCount = async () =>
  (await schema.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM statements')).rows[0]!.n;

async function overApi(query: string, variables = {}, headers: Record<string, string> = {}): Promise<Loose> {
  const response = await POST(
    new Request('http://localhost/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    }),
  );
  expect(response.status).toBe(200);
  return ((await response.json()) as Loose).data;
}

describe('the app on PostgreSQL', () => {
  it('opens a PostgreSQL backend, and no SQLite file', () => {
    expect(backend.engine).toBe('postgres');
    expect(fs.existsSync(sqliteFile)).toBe(false);
  });

  it('answers the API route and server components from the PostgreSQL database', async () => {
    // A row only PostgreSQL holds: what the app reads can come from nowhere else.
    await schema.pool.query("UPDATE actors SET name = 'Japan (PostgreSQL)' WHERE key = 'japan'");
    const data = await overApi('query { stats { statements } actor(key: "japan") { name } }');
    expect(data).toEqual({
      stats: { statements: await statementCount() },
      actor: { name: 'Japan (PostgreSQL)' },
    });
    expect(await server.runOperation(parse('query { actor(key: "japan") { name } }'))).toEqual({
      actor: { name: 'Japan (PostgreSQL)' },
    });
  });

  it('writes through the API into the PostgreSQL database, for an analyst it holds', async () => {
    const { token } = await addAnalyst(backend.accounts, 'Route Analyst');
    const added = await overApi(
      'mutation($i: AddSourceInput!) { addSource(input: $i) { source { key } userErrors { message } } }',
      { i: { key: 'route-on-postgres', title: 'Route', outlet: 'Test' } },
      { authorization: `Bearer ${token}` },
    );
    expect(added.addSource).toEqual({ source: { key: 'route-on-postgres' }, userErrors: [] });
    const { rows } = await schema.pool.query("SELECT title FROM sources WHERE key = 'route-on-postgres'");
    expect(rows).toEqual([{ title: 'Route' }]);
  });

  it('signs the desk in against the PostgreSQL analysts, and writes for them there', async () => {
    const { token } = await addAnalyst(backend.accounts, 'Desk Analyst');
    const signIn = await desk.deskSignIn(token, new Headers());
    if (!signIn.ok) throw new Error(signIn.message);
    const analyst = await desk.deskAnalyst(signIn.sessionId);
    expect(analyst).toMatchObject({ name: 'Desk Analyst' });
    const { rows } = await schema.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM desk_sessions');
    expect(rows[0]!.n).toBe(1);

    const { addActor } = await server.runOperationAs(analyst!, DeskAddActorDocument, {
      input: { name: 'Desk Person', kind: 'PERSON' },
    });
    expect(addActor.userErrors).toEqual([]);
    const held = await schema.pool.query("SELECT kind FROM actors WHERE name = 'Desk Person'");
    expect(held.rows).toEqual([{ kind: 'PERSON' }]);
    expect(fs.existsSync(sqliteFile)).toBe(false);
  });
});
