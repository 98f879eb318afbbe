/**
 * The PostgreSQL side of the bench: the database FAULTLINE_DATABASE_URL names, brought up to
 * date as `npm start` would, and filled by data:synth with the bench's counts when it holds no
 * records. One that holds records is measured as it is, never loaded over; its counts are read
 * so that a database holding other records than the SQLite one is seen, not silently compared.
 */
import { createPool } from '../../data/store/pg/pool';
import { migrate } from '../../data/store/pg/migrate';
import { holdsRecords } from '../../data/store/pg/seed';

export interface RecordCounts {
  statements: number;
  events: number;
  designations: number;
}

export const COUNTS_SQL =
  'SELECT (SELECT count(*) FROM statements) AS statements, (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM sanction_designations) AS designations';

export interface PostgresData {
  counts: RecordCounts;
  /** Seconds the synthetic load took when this run filled the database; null when it held records. */
  synthSeconds: number | null;
}

async function withPool<T>(url: string, use: (pool: ReturnType<typeof createPool>) => Promise<T>) {
  const pool = createPool(url);
  try {
    return await use(pool);
  } finally {
    await pool.end();
  }
}

/** `fill` loads the synthetic records into the empty database (a data:synth run). */
export async function preparePostgres(url: string, fill: () => void): Promise<PostgresData> {
  const filled = await withPool(url, async (pool) => {
    await migrate(pool);
    return holdsRecords(pool);
  });
  let synthSeconds: number | null = null;
  if (!filled) {
    const started = Date.now();
    fill();
    synthSeconds = (Date.now() - started) / 1000;
  }
  const counts = await withPool(url, async (pool) => (await pool.query<RecordCounts>(COUNTS_SQL)).rows[0]!);
  return { counts, synthSeconds };
}
