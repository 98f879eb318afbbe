/**
 * The data version on PostgreSQL is one row every app server reads (migration 002): a write on
 * one server moves it for all, so an answer cached by version on one server is read afresh after
 * another's write. Reads of it asked for at once share one round trip.
 */
import type pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { postgresSql } from '../../data/store/pg/sql';
import { createPostgresStore } from '../../data/store/store';
import { freshDatabase } from '../helpers/db';
import { GRAPHQL_URL, testServer } from '../helpers/graphql';
import { migratedSchema } from './migrated-schema';

/** A pool that counts the queries sent through it, and those of them that read the version. */
function counted(pool: pg.Pool): { pool: pg.Pool; sent: () => number; versionReads: () => number } {
  let sent = 0;
  let versionReads = 0;
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  (pool as { query: unknown }).query = (...args: unknown[]) => {
    sent += 1;
    const text = (args[0] as { text?: string }).text ?? args[0];
    if (typeof text === 'string' && text.includes('FROM data_version')) versionReads += 1;
    return query(...args);
  };
  return { pool, sent: () => sent, versionReads: () => versionReads };
}

describe('the data version on PostgreSQL', () => {
  const schema = migratedSchema(freshDatabase().db);
  let other: pg.Pool;
  beforeAll(() => {
    other = schema.anotherPool();
  });

  it("moves on another server's write, and a count cached by it is read afresh", async () => {
    const here = createPostgresStore(schema.pool);
    const before = await here.version();
    const counted = await here.statements.count({});
    await other.query(
      `INSERT INTO statements (key, speaker_id, date, date_start, date_end, summary, stance, intensity,
         verification, origin, content_hash)
       SELECT 'another-server', id, '2025-06-01', '2025-06-01', '2025-06-01', 'Written elsewhere', 'NEUTRAL', 0,
         'CONFIRMED', 'test', 'h' FROM actors WHERE key = 'japan'`,
    );
    expect(await here.version()).not.toBe(before);
    expect(await here.statements.count({})).toBe(counted + 1);
  });

  it('stays put when an analyst is added or a desk session opened', async () => {
    const sql = postgresSql(schema.pool);
    const before = await sql.version();
    await other.query(
      `INSERT INTO analysts (name, token_hash, created_at) VALUES ('Version Test', '\\x00', '2025-01-01')`,
    );
    expect(await sql.version()).toBe(before);
  });

  it('is read once for reads asked at once, and afresh after this process writes', async () => {
    const { pool, sent } = counted(schema.anotherPool());
    const sql = postgresSql(pool);
    const versions = await Promise.all(Array.from({ length: 10 }, () => sql.version()));
    expect(new Set(versions).size).toBe(1);
    expect(sent()).toBe(1);
    sql.noteWrite();
    const after = await Promise.all([sql.version(), sql.version()]);
    expect(sent()).toBe(2);
    expect(after[0]).not.toBe(versions[0]);
  });

  it('is read once by a request through the API, however many cached counts it reads one after another', async () => {
    const { pool, versionReads } = counted(schema.anotherPool());
    const api = testServer(freshDatabase().db, createPostgresStore(pool));
    try {
      // Each speaker's count is asked for once the page's own count is in: reads one after another.
      const query = `{ statements(first: 3) { totalCount nodes { speaker { statements(first: 1) { totalCount } } } } }`;
      const post = () =>
        api.http(
          new Request(GRAPHQL_URL, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query }),
          }),
        );
      const first = (await (await post()).json()) as { data: unknown; errors?: unknown };
      expect(first.errors).toBeUndefined();
      const before = versionReads();
      const again = (await (await post()).json()) as { data: unknown };
      expect(again.data).toEqual(first.data);
      expect(versionReads() - before).toBe(1);
    } finally {
      await api.stop();
    }
  });

  it("keeps the ids a filter's keys name until the data changes", async () => {
    const { pool, sent } = counted(schema.anotherPool());
    let keyReads = 0;
    const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
    (pool as { query: unknown }).query = (...args: unknown[]) => {
      const text = (args[0] as { text?: string }).text ?? '';
      if (text.includes('FROM actors WHERE key IN')) keyReads += 1;
      return query(...args);
    };
    const store = createPostgresStore(pool);
    const page = () =>
      store.statements.page({ targets: ['japan'] }, { field: 'DATE', direction: 'DESC' }, null, 5);
    const first = await page();
    expect(first.rows.length).toBeGreaterThan(0);
    expect((await page()).rows).toEqual(first.rows);
    expect(keyReads).toBe(1);
    expect(sent()).toBeGreaterThan(1);
    await other.query(
      `INSERT INTO statements (key, speaker_id, date, date_start, date_end, summary, stance, intensity,
         verification, origin, content_hash)
       SELECT 'filter-keys-write', id, '2025-06-02', '2025-06-02', '2025-06-02', 'Written elsewhere', 'NEUTRAL', 0,
         'CONFIRMED', 'test', 'h2' FROM actors WHERE key = 'russia'`,
    );
    await page();
    expect(keyReads).toBe(2);
  });

  it('is read by each cached count outside a request', async () => {
    const { pool, versionReads } = counted(schema.anotherPool());
    const store = createPostgresStore(pool);
    await store.statements.count({});
    await store.statements.count({ stances: ['HOSTILE'] });
    expect(versionReads()).toBe(2);
  });
});
