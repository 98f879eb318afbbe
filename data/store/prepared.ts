/**
 * Prepared statements kept per connection, by their SQL. Preparing parses and plans the
 * statement (a tenth to half a millisecond for a list's query), which code that prepares
 * inline pays on every request. Only for statements run with `.all()` or `.get()` in their
 * default mode: a kept statement switched to `pluck` or `raw` would hand that mode to the
 * next caller, and one left iterating would be busy for it.
 */
import type { Statement } from 'better-sqlite3';
import type { Db } from './open';

/** Enough for every list query and IN-list length the API builds; the least recently used go first. */
const MAX_KEPT = 256;

// Keyed by the SQL itself, not a digest of it: the text is the code's own (parameters are bound,
// never written in), and hashing it cost more than the lookup on every query of a page.
const kept = new WeakMap<Db, Map<string, Statement>>();

export function prepared(db: Db, sql: string): Statement {
  let statements = kept.get(db);
  if (!statements) kept.set(db, (statements = new Map()));
  let statement = statements.get(sql);
  if (statement) {
    // Refresh its place: the map's insertion order is the eviction order.
    statements.delete(sql);
  } else {
    statement = db.prepare(sql);
    if (statements.size >= MAX_KEPT) statements.delete(statements.keys().next().value!);
  }
  statements.set(sql, statement);
  return statement;
}

/** Drops what a connection keeps, so that its next queries are prepared (and seen) anew. */
export function forgetPrepared(db: Db): void {
  kept.delete(db);
}
