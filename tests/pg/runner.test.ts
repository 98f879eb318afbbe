/**
 * PostgreSQL's runner (data/store/pg/sql.ts) on a pool that other runners share, and the data
 * version's triggers on every table that holds records.
 */
import { describe, expect, it } from 'vitest';
import { postgresSql } from '../../data/store/pg/sql';
import { migratedSchema } from './migrated-schema';

/** Tables whose changes leave cached answers standing, each with why. */
const UNVERSIONED: Record<string, string> = {
  data_version: 'the version itself',
  schema_migrations: 'the schema, not records',
  analysts: 'who may write: no answer is derived from it',
  desk_sessions: 'who is signed in at the desk',
  rate_limits: 'counts of writes and wrong tokens',
  search_totals: 'moved only inside statements on searched tables, which move the version',
};

describe("PostgreSQL's runner", () => {
  const schema = migratedSchema();

  it('runs different statements through two runners on one pool', async () => {
    const first = postgresSql(schema.pool);
    const second = postgresSql(schema.pool);
    // Each runner's first statement on a shared connection: same names must mean same texts.
    for (let round = 0; round < 3; round += 1) {
      expect(await first.value('SELECT count(*) FROM actors WHERE kind = ?', ['STATE'])).toBe(0);
      expect(await second.value('SELECT count(*) FROM statements WHERE stance = ?', ['HOSTILE'])).toBe(0);
      expect(await second.value('SELECT count(*) FROM actors WHERE kind = ?', ['STATE'])).toBe(0);
      expect(await first.value('SELECT count(*) FROM statements WHERE stance = ?', ['HOSTILE'])).toBe(0);
    }
  });

  it('keeps no plan of a statement planned for its values, and keeps one of any other', async () => {
    const runner = postgresSql(schema.pool);
    const perCall = 'SELECT count(*) FROM actors WHERE kind = ? AND 1 = 1';
    const named = 'SELECT count(*) FROM actors WHERE kind = ? AND 2 = 2';
    // Past five calls PostgreSQL may use a kept plan in place of one made for the values.
    for (let call = 0; call < 8; call += 1) {
      expect(await runner.all(perCall, ['STATE'], { planForValues: true })).toEqual([{ count: 0 }]);
      expect(await runner.all(named, ['STATE'])).toEqual([{ count: 0 }]);
    }
    // One query at a time, the pool hands out the connection it was last handed back: the one
    // that ran both, as the named statement being held there shows.
    const held = async (text: string) =>
      runner.value<number>('SELECT count(*)::int FROM pg_prepared_statements WHERE statement = ?', [
        text.replace('?', '$1'),
      ]);
    expect(await held(named)).toBe(1);
    expect(await held(perCall)).toBe(0);
  });

  it('moves the data version on a change to any table of records', async () => {
    const { rows } = await schema.pool.query<{ table: string; versioned: boolean }>(
      `SELECT c.relname AS table,
         EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = c.relname || '_moves_data_version')
           AS versioned
       FROM pg_class c WHERE c.relnamespace = current_schema()::text::regnamespace AND c.relkind = 'r'
       ORDER BY 1`,
    );
    const unversioned = rows.filter((r) => !r.versioned).map((r) => r.table);
    expect(unversioned.sort()).toEqual(Object.keys(UNVERSIONED).sort());
    expect(rows.filter((r) => r.versioned).length).toBeGreaterThanOrEqual(20);
  });
});
