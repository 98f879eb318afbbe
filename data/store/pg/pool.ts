/**
 * The connection pool of the PostgreSQL store. One pool per process: its size bounds how many
 * queries run at once, FAULTLINE_PG_POOL_SIZE (default 10).
 */
import pg from 'pg';
import { postgresUrl } from '../engine';

export const DEFAULT_POOL_SIZE = 10;
export const MAX_POOL_SIZE = 100;

/** FAULTLINE_PG_POOL_SIZE as a whole number from 1 to 100; unset or empty is the default. */
export function poolSize(value: string | undefined = process.env.FAULTLINE_PG_POOL_SIZE): number {
  if (value === undefined || value.trim() === '') return DEFAULT_POOL_SIZE;
  const n = /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 1 || n > MAX_POOL_SIZE) {
    throw new Error(
      `FAULTLINE_PG_POOL_SIZE must be a whole number from 1 to ${MAX_POOL_SIZE}; got ${JSON.stringify(value)}.`,
    );
  }
  return n;
}

const INT8_OID = 20;

/**
 * count(*) and sum() of integers come back as int8, which node-postgres hands over as strings
 * (an int8 may not fit a JavaScript number). Counts here always fit: they are read as numbers,
 * and one that does not fit is an error rather than a rounded figure.
 */
function parseInt8(text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new Error(`an int8 of ${text} does not fit a JavaScript number`);
  return n;
}

const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID && format !== 'binary'
      ? parseInt8
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/**
 * A pool on `url`, else on FAULTLINE_DATABASE_URL, its size from FAULTLINE_PG_POOL_SIZE;
 * `source` names where the URL came from, for errors.
 */
export function createPool(
  url: string | undefined = process.env.FAULTLINE_DATABASE_URL,
  source = 'FAULTLINE_DATABASE_URL',
): pg.Pool {
  if (url === undefined || url.trim() === '') {
    throw new Error(`${source} is not set: it names the PostgreSQL database to use.`);
  }
  return new pg.Pool({
    connectionString: postgresUrl(url, source),
    max: poolSize(),
    types,
    application_name: 'faultline',
  });
}
