/**
 * Same answers on both engines: the seed is loaded into SQLite and carried into PostgreSQL with
 * the same ids, and every query the dashboard and the documented examples send (each .graphql
 * operation in app/ and docs/queries) runs on both stores, with variables drawn from the seed:
 * every actor and source, several pairs, filters, periods and dates, every page of each list.
 * The answers must be equal, data and errors alike.
 */
import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/db';
import { pages, queries, variableSetsFrom } from '../helpers/dashboard-operations';
import { apiOnBothEngines } from './both-engines';

const { db } = freshDatabase();
const variableSets = variableSetsFrom(db);

describe('the API on SQLite and on PostgreSQL', () => {
  const engines = apiOnBothEngines(db);

  it('finds the dashboard and documented queries', () => {
    expect(queries.length).toBeGreaterThanOrEqual(50);
  });

  it.each(queries.map((q) => [q.name!.value, q] as const))('%s answers alike', async (_, operation) => {
    for (const variables of variableSets(operation)) {
      const [fromSqlite, fromPostgres] = await Promise.all([
        pages(engines.sqlite, operation, variables),
        pages(engines.postgres, operation, variables),
      ]);
      expect({ variables, answers: fromPostgres }).toEqual({ variables, answers: fromSqlite });
      // A comparison of two empty answers would hold whatever the store did.
      expect(fromSqlite.some((answer) => answer.data != null)).toBe(true);
    }
  });
});

describe('forged cursors on SQLite and on PostgreSQL', () => {
  const engines = apiOnBothEngines(db);
  const servers = () => [engines.sqlite, engines.postgres];

  const cursor = (...position: unknown[]) => Buffer.from(JSON.stringify(position)).toString('base64url');
  const PAGE = `query($after: String, $order: StatementOrder) {
    statements(first: 3, after: $after, orderBy: $order) { nodes { key } } }`;

  it('refuses an id past the id column alike, naming the cursor', async () => {
    const variables = { after: cursor('statements:DATE:DESC', '2025-01-01', 3_000_000_000) };
    for (const answer of await Promise.all(servers().map((server) => server.query(PAGE, variables)))) {
      expect(answer.data?.statements ?? null).toBeNull();
      expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('answers a position of the wrong type with no rows on SQLite and a refusal on PostgreSQL', async () => {
    // SQLite compares text with a number as it is; PostgreSQL cannot read the text as one. Neither
    // is an internal error: the refusal names the cursor.
    const variables = {
      after: cursor('statements:INTENSITY:ASC', 'abc', 1),
      order: { field: 'INTENSITY', direction: 'ASC' },
    };
    const [fromSqlite, fromPostgres] = await Promise.all(
      servers().map((server) => server.query(PAGE, variables)),
    );
    expect(fromSqlite!.errors).toBeUndefined();
    expect(fromSqlite!.data.statements.nodes).toEqual([]);
    expect(fromPostgres!.data?.statements ?? null).toBeNull();
    expect(fromPostgres!.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/cursor is not one of this list/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
