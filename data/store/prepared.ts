/**
 * Prepared statements kept per connection, by their SQL. Preparing parses and plans the
 * statement (a tenth to half a millisecond for a list's query), which code that prepares
 * inline pays on every request. Only for statements run with `.all()` or `.get()` in their
 * default mode: a kept statement switched to `pluck` or `raw` would hand that mode to the
 * next caller, and one left iterating would be busy for it.
 */
import type { Statement } from 'better-sqlite3';
import type { Db } from './open';

/** Enough for every list query and IN-list length the API builds; the oldest go first. */
const MAX_KEPT = 256;

const kept = new WeakMap<Db, Map<string, Statement>>();

export function prepared(db: Db, sql: string): Statement {
  let statements = kept.get(db);
  if (!statements) kept.set(db, (statements = new Map()));
  const found = statements.get(sql);
  if (found) {
    // Refresh its place: the map's insertion order is the eviction order.
    statements.delete(sql);
    statements.set(sql, found);
    return found;
  }
  const statement = db.prepare(sql);
  statements.set(sql, statement);
  if (statements.size > MAX_KEPT) statements.delete(statements.keys().next().value!);
  return statement;
}

/** Drops what a connection keeps, so that its next queries are prepared (and seen) anew. */
export function forgetPrepared(db: Db): void {
  kept.delete(db);
}
