/** The accounts (../accounts.ts) of a PostgreSQL database. */
import type pg from 'pg';
import type { Accounts } from '../accounts';
import { postgresWrites } from './run-writes';
import { postgresSql } from './sql';

export const postgresAccounts = (pool: pg.Pool): Accounts => ({
  sql: postgresSql(pool),
  writes: postgresWrites(pool),
});
