/**
 * Where analysts and desk sessions are kept: one database's reads and its writes. No answer of
 * the API is derived from them, so their writes leave the data version alone and cached counts
 * stay (PostgreSQL's version trigger leaves these tables out alike).
 */
import type { Db } from './open';
import { sqliteSql, type Sql } from './sql';
import { sqliteWrites } from './writes/run-sync';
import type { WriteRunner } from './writes/steps';

export interface Accounts {
  readonly sql: Sql;
  readonly writes: WriteRunner;
}

const onSqlite = new WeakMap<Db, Accounts>();

const noteNothing = () => {};

/** The accounts of a SQLite connection, one pair of runners per connection. */
export function sqliteAccounts(db: Db): Accounts {
  let accounts = onSqlite.get(db);
  if (!accounts) onSqlite.set(db, (accounts = { sql: sqliteSql(db), writes: sqliteWrites(db, noteNothing) }));
  return accounts;
}
