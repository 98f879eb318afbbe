/**
 * The API tests run a second time on PostgreSQL when their Vitest project sets
 * FAULTLINE_TEST_ENGINE=postgres (vitest.config.mts): each test server then serves a copy of its
 * SQLite database, made in a schema of its own on first use, so whatever a file put into the
 * database before its first request is in the copy.
 */
import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { Db } from '../../data/store/open';
import { postgresBackend, type DataServices } from '../../graphql/backend';
import { createMigratedSchema } from '../pg/test-schema';
import { CONTENT_TABLES, type ContentFingerprint } from './db';

const VARIABLE = 'FAULTLINE_TEST_ENGINE';

/** Whether this test run serves the API from PostgreSQL; any value but the two is a mistake. */
export function apiOnPostgres(): boolean {
  const engine = process.env[VARIABLE] ?? 'sqlite';
  if (engine !== 'sqlite' && engine !== 'postgres')
    throw new Error(`${VARIABLE} is "${engine}": use "sqlite" or "postgres".`);
  return engine === 'postgres';
}

export interface PostgresCopy {
  /** Reads, writes, corrections and sign-ins, all on the copy, as the app's backend on PostgreSQL. */
  services: DataServices;
  pool: pg.Pool;
  drop(): Promise<void>;
}

/** `db`'s records, moved into a fresh, migrated schema. */
export async function copyToPostgres(db: Db): Promise<PostgresCopy> {
  const schema = await createMigratedSchema(db);
  return {
    services: postgresBackend(schema.pool),
    pool: schema.pool,
    drop: () => schema.drop(),
  };
}

/** What contentFingerprint gives on SQLite, read from PostgreSQL. */
export async function postgresContentFingerprint(
  pool: pg.Pool,
  tables: readonly string[] = CONTENT_TABLES,
): Promise<ContentFingerprint> {
  const hash = createHash('sha256');
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const { rows } = await pool.query({ text: `SELECT * FROM ${table} ORDER BY 1, 2, 3`, rowMode: 'array' });
    counts[table] = rows.length;
    hash.update(table).update(JSON.stringify(rows));
  }
  return { counts, hash: hash.digest('hex') };
}
