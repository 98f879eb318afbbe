/**
 * Rate-limit buckets kept in PostgreSQL, by rate-limiter-flexible's store, so that every app
 * server on one database draws from the same buckets. The table is migration 003's: left to the
 * library, it is created after the constructor returns, and a request arriving first would be
 * refused ("Table is not created yet") rather than counted.
 */
import type pg from 'pg';
import { RateLimiterPostgres } from 'rate-limiter-flexible';

export const RATE_LIMIT_TABLE = 'rate_limits';

export interface BucketShape {
  /** Sets the bucket apart from the others in the table: its rows' keys start with it. */
  keyPrefix: string;
  /** Points a key may spend within the window. */
  points: number;
  /** The window in seconds. */
  duration: number;
}

/** A bucket on `pool`'s database, in the rate_limits table its search path finds. */
export function postgresBucket(pool: pg.Pool, shape: BucketShape): RateLimiterPostgres {
  return new RateLimiterPostgres({
    storeClient: pool,
    storeType: 'pool',
    tableName: RATE_LIMIT_TABLE,
    tableCreated: true,
    ...shape,
  });
}
