/**
 * Seeding a PostgreSQL store, as seedIfNew seeds a SQLite one: its schema is brought up to date,
 * and a database holding no records gets the seed; one that holds records is left as it is. The
 * seed is loaded by the one loader there is, into an in-memory SQLite database, and transferred
 * from there, so both engines start with the same records under the same ids.
 */
import type pg from 'pg';
import { SEED_DIR } from '../../ingest/load-dataset';
import { seedDatabase } from '../../ingest/seed';
import { openDatabase } from '../open';
import { migrate } from './migrate';
import { PostgresNotEmptyError, transferToPostgres, type TransferCounts } from './transfer';

/** Like SQLite's isEmpty: a store without actors has had nothing seeded or written. */
async function holdsRecords(pool: pg.Pool): Promise<boolean> {
  const { rows } = await pool.query<{ held: boolean }>('SELECT EXISTS (SELECT 1 FROM actors) AS held');
  return rows[0]!.held;
}

/**
 * Migrates the database of `pool` and, when it holds no records, loads the dataset in `dir` into
 * it; returns the rows copied per table, or null when it held records and was left alone.
 */
export async function seedPostgresIfEmpty(
  pool: pg.Pool,
  dir: string = SEED_DIR,
): Promise<TransferCounts | null> {
  await migrate(pool);
  if (await holdsRecords(pool)) return null;
  const sqlite = openDatabase(':memory:');
  try {
    seedDatabase(sqlite, dir);
    return await transferToPostgres(sqlite, pool);
  } catch (error) {
    // Another server starting at the same moment seeded it first.
    if (error instanceof PostgresNotEmptyError && (await holdsRecords(pool))) return null;
    throw error;
  } finally {
    sqlite.close();
  }
}
