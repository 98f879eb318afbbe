/**
 * The PostgreSQL migrations: every file once, in order, each in its own transaction, and once
 * only when two servers start together against one database.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate, PG_MIGRATIONS_DIR } from '../../data/store/pg/migrate';
import { transferToPostgres } from '../../data/store/pg/transfer';
import { freshDatabase, tempDir } from '../helpers/db';
import { createTestSchema, type TestSchema } from './test-schema';

const migrationFiles = fs
  .readdirSync(PG_MIGRATIONS_DIR)
  .filter((f) => /^\d+_.+\.sql$/.test(f))
  .sort();

async function appliedRows(schema: TestSchema) {
  return (await schema.pool.query('SELECT version, name FROM schema_migrations ORDER BY version')).rows;
}

describe('PostgreSQL migrations', () => {
  const schemas: TestSchema[] = [];
  const freshSchema = async () => {
    const schema = await createTestSchema();
    schemas.push(schema);
    return schema;
  };
  afterAll(async () => {
    await Promise.all(schemas.map((schema) => schema.drop()));
  });

  it('apply every file to a clean database, then none on a second run', async () => {
    const schema = await freshSchema();
    expect(migrationFiles.length).toBeGreaterThan(0);
    expect(await migrate(schema.pool)).toBe(migrationFiles.length);
    expect(await appliedRows(schema)).toEqual(
      migrationFiles.map((name) => ({ version: Number.parseInt(name, 10), name })),
    );
    const tables = await schema.pool.query(
      'SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = current_schema()',
    );
    expect(tables.rows[0].n).toBeGreaterThan(20);
    expect(await migrate(schema.pool)).toBe(0);
    expect(await appliedRows(schema)).toHaveLength(migrationFiles.length);
  });

  it('apply each file once when two servers migrate at the same moment', async () => {
    const schema = await freshSchema();
    const applied = await Promise.all([migrate(schema.pool), migrate(schema.anotherPool())]);
    expect(applied.sort()).toEqual([0, migrationFiles.length]);
    const rows = await appliedRows(schema);
    expect(rows.map((r) => r.version)).toEqual(migrationFiles.map((name) => Number.parseInt(name, 10)));
  });

  it('roll a failing file back whole, name it, and keep the files before it', async () => {
    const schema = await freshSchema();
    const dir = tempDir('faultline-pg-migrations-');
    fs.writeFileSync(path.join(dir, '001_first.sql'), 'CREATE TABLE first_table (id integer PRIMARY KEY);');
    fs.writeFileSync(
      path.join(dir, '002_broken.sql'),
      'CREATE TABLE half_made (id integer PRIMARY KEY);\nSELECT no_such_column FROM first_table;',
    );
    await expect(migrate(schema.pool, dir)).rejects.toThrow(/002_broken\.sql failed: .*no_such_column/);
    expect(await appliedRows(schema)).toEqual([{ version: 1, name: '001_first.sql' }]);
    const made = await schema.pool.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1`,
    );
    expect(made.rows.map((r) => r.table_name)).toEqual(['first_table', 'schema_migrations']);
    // The lock was let go: a later run proceeds past the fixed file.
    fs.writeFileSync(path.join(dir, '002_broken.sql'), 'CREATE TABLE half_made (id integer PRIMARY KEY);');
    expect(await migrate(schema.pool, dir)).toBe(1);
  });

  it('refuse two files that share a version', async () => {
    const schema = await freshSchema();
    const dir = tempDir('faultline-pg-migrations-');
    fs.writeFileSync(path.join(dir, '001_a.sql'), 'SELECT 1;');
    fs.writeFileSync(path.join(dir, '001_b.sql'), 'SELECT 1;');
    await expect(migrate(schema.pool, dir)).rejects.toThrow(/001_a\.sql and 001_b\.sql .* share version 1/);
  });

  it('leave a filled database with statistics on the tables they write afresh', async () => {
    const schema = await freshSchema();
    const before005 = tempDir('faultline-migrations-');
    for (const name of migrationFiles.filter((f) => Number.parseInt(f, 10) < 5)) {
      fs.copyFileSync(path.join(PG_MIGRATIONS_DIR, name), path.join(before005, name));
    }
    await migrate(schema.pool, before005);
    await transferToPostgres(freshDatabase().db, schema.pool);
    await migrate(schema.pool);
    const { rows } = await schema.pool.query<{ tablename: string }>(
      `SELECT DISTINCT tablename FROM pg_stats WHERE schemaname = current_schema() AND attname = 'search_vector'
       ORDER BY tablename`,
    );
    expect(rows.map((r) => r.tablename)).toEqual(
      expect.arrayContaining(['actors', 'evidence', 'events', 'sources', 'statements']),
    );
  });
});
