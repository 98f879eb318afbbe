/**
 * The synthetic dataset on a PostgreSQL store: the seed and the synthetic records are made by the
 * one loader there is, into a SQLite file beside the process, and moved into PostgreSQL by COPY
 * in one transaction (./transfer.ts), so both engines hold the same records under the same ids.
 * Only an empty database is filled: a benchmark's dataset is made whole, not added to another's.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { openDatabase } from '../open';
import { loadSynthetic, type IndexPolicy, type SynthCounts, type SynthProgress } from '../../synth/load';
import { migrate } from './migrate';
import { holdsRecords } from './seed';
import { PostgresNotEmptyError, transferToPostgres, type TransferCounts } from './transfer';

export async function synthIntoPostgres(
  pool: pg.Pool,
  counts: SynthCounts,
  onProgress: (p: SynthProgress) => void = () => {},
  indexes: IndexPolicy = 'auto',
): Promise<TransferCounts> {
  await migrate(pool);
  // Refused before the records are made, not a hundred seconds later when they are copied.
  if (await holdsRecords(pool)) {
    throw new PostgresNotEmptyError(
      'data:synth fills an empty PostgreSQL database, and this one holds records: point FAULTLINE_DATABASE_URL at an empty database.',
    );
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-synth-'));
  const sqlite = openDatabase(path.join(dir, 'synth.db'));
  try {
    await loadSynthetic(sqlite, counts, onProgress, indexes);
    return await transferToPostgres(sqlite, pool);
  } finally {
    sqlite.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
