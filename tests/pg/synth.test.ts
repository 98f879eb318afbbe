/**
 * `npm run data:synth` on PostgreSQL: an empty database gets the seed and the synthetic records
 * with the same rows and ids a SQLite load of the same counts gives; a database holding records is
 * refused before anything is made, and keeps what it held.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { synthIntoPostgres } from '../../data/store/pg/synth';
import { PostgresNotEmptyError } from '../../data/store/pg/transfer';
import { loadSynthetic } from '../../data/synth/load';
import { freshDatabase } from '../helpers/db';
import { createTestSchema, type TestSchema } from './test-schema';

const COUNTS = { statements: 400, events: 60, designations: 80 };
const TABLES = ['actors', 'statements', 'statement_targets', 'events', 'sanction_designations', 'evidence'];

describe('the synthetic dataset on PostgreSQL', () => {
  let schema: TestSchema;
  beforeAll(async () => {
    schema = await createTestSchema();
  });
  afterAll(async () => {
    await schema?.drop();
  });

  it('fills an empty database as a SQLite load of the same counts is filled', async () => {
    const copied = await synthIntoPostgres(schema.pool, COUNTS);
    const { db } = freshDatabase({ seed: false });
    await loadSynthetic(db, COUNTS);
    for (const table of TABLES) {
      const sqliteRows = db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all() as Record<
        string,
        unknown
      >[];
      const { rows } = await schema.pool.query<Record<string, unknown>>(
        `SELECT * FROM ${table} ORDER BY 1, 2`,
      );
      expect({ table, count: copied[table] }).toEqual({ table, count: sqliteRows.length });
      const kept = (row: Record<string, unknown>) =>
        Object.fromEntries(Object.entries(row).filter(([column]) => column !== 'search_vector'));
      expect({ table, rows: rows.map(kept) }).toEqual({ table, rows: sqliteRows });
    }
    expect(copied.statements).toBeGreaterThan(COUNTS.statements);
  });

  it('refuses a database that holds records, and leaves them', async () => {
    const before = await schema.pool.query('SELECT count(*) AS n FROM statements');
    await expect(synthIntoPostgres(schema.pool, COUNTS)).rejects.toThrow(PostgresNotEmptyError);
    await expect(synthIntoPostgres(schema.pool, COUNTS)).rejects.toThrow(/empty PostgreSQL database/);
    expect((await schema.pool.query('SELECT count(*) AS n FROM statements')).rows).toEqual(before.rows);
  });
});
