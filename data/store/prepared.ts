/**
 * Prepared statements kept per connection, by their SQL. Preparing parses and plans the
 * statement (a tenth to half a millisecond for a list's query), which code that prepares
 * inline pays on every request. Only for statements run with `.all()` or `.get()` in their
 * default mode: a kept statement switched to `pluck` or `raw` would hand that mode to the
 * next caller, and one left iterating would be busy for it.
 */
import type { Statement } from 'better-sqlite3';
import type { Db } from './open';
import { createLru } from '../lru';

/** Enough for every list query and IN-list length the API builds; the least recently used go first. */
const MAX_KEPT = 256;

const kept = new WeakMap<Db, ReturnType<typeof createLru<Statement>>>();

export function prepared(db: Db, sql: string): Statement {
  let statements = kept.get(db);
  if (!statements) {
    // Counted, not weighed: a statement's memory is SQLite's, and 256 of them are small.
    statements = createLru<Statement>({
      maxEntries: MAX_KEPT,
      maxBytes: Number.POSITIVE_INFINITY,
      sizeOf: () => 0,
    });
    kept.set(db, statements);
  }
  return statements.get(sql, () => db.prepare(sql));
}

/** Drops what a connection keeps, so that its next queries are prepared (and seen) anew. */
export function forgetPrepared(db: Db): void {
  kept.delete(db);
}
