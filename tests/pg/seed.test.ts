/**
 * Seeding a PostgreSQL store: a new database gets the seed with SQLite's ids; one that holds
 * records keeps them, written changes included.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedPostgresIfEmpty } from '../../data/store/pg/seed';
import { freshDatabase } from '../helpers/db';
import { createTestSchema, type TestSchema } from './test-schema';

describe('seedPostgresIfEmpty', () => {
  let schema: TestSchema;

  beforeAll(async () => {
    schema = await createTestSchema();
  });
  afterAll(async () => {
    await schema?.drop();
  });

  it('migrates a new database and loads the seed with the ids SQLite gives', async () => {
    const counts = await seedPostgresIfEmpty(schema.pool);
    const { db } = freshDatabase();
    try {
      expect(counts?.actors).toBe(db.prepare('SELECT count(*) FROM actors').pluck().get());
      expect(counts?.statements).toBe(db.prepare('SELECT count(*) FROM statements').pluck().get());
      const sqliteActors = db.prepare('SELECT id, key FROM actors ORDER BY id').all();
      const pgActors = await schema.pool.query('SELECT id, key FROM actors ORDER BY id');
      expect(pgActors.rows).toEqual(sqliteActors);
    } finally {
      db.close();
    }
    const stats = await schema.pool.query(`SELECT n FROM record_counts WHERE table_name = 'statements'`);
    expect(stats.rows[0].n).toBe(counts?.statements);
  });

  it('leaves a database that holds records as it is', async () => {
    await schema.pool.query(`UPDATE actors SET name = 'Renamed by an analyst' WHERE id = 1`);
    await schema.pool.query('DELETE FROM statements WHERE id = 1');
    const before = await schema.pool.query('SELECT id, name FROM actors ORDER BY id');
    const statements = await schema.pool.query('SELECT count(*) AS n FROM statements');

    expect(await seedPostgresIfEmpty(schema.pool)).toBeNull();

    expect((await schema.pool.query('SELECT id, name FROM actors ORDER BY id')).rows).toEqual(before.rows);
    expect((await schema.pool.query('SELECT count(*) AS n FROM statements')).rows).toEqual(statements.rows);
    expect(before.rows[0]).toEqual({ id: 1, name: 'Renamed by an analyst' });
  });
});
