/**
 * Rows written by their dataset key, with a hash of their content: a row whose hash is
 * unchanged is left alone, which makes loading or importing the same data twice a no-op.
 * Shared by every write (./records.ts).
 */
import { createHash } from 'node:crypto';
import type { Statement } from 'better-sqlite3';
import type { Db } from '../open';
import { noteWrite } from '../version';

export type WriteOutcome = 'created' | 'updated' | 'unchanged';

export const contentHash = (value: unknown) =>
  createHash('sha256').update(JSON.stringify(value)).digest('base64url');

export function createKeyedRows(db: Db) {
  // Statements are prepared once: a large load runs the same few thousands of times.
  const prepared = new Map<string, Statement<unknown[]>>();
  const sql = (text: string): Statement<unknown[]> => {
    let stmt = prepared.get(text);
    if (!stmt) prepared.set(text, (stmt = db.prepare<unknown[]>(text)));
    return stmt;
  };

  /** The row `key` names in `table`: its id and content hash. */
  const existing = (table: string, key: string) =>
    sql(`SELECT id, content_hash AS hash FROM ${table} WHERE key = ?`).get(key) as
      { id: number; hash: string } | undefined;

  /** Inserts or updates `table`'s row for `key` with `columns` (only those are touched). */
  function upsert(
    table: string,
    key: string,
    columns: Record<string, unknown>,
    { hash, origin }: { hash: string; origin: string },
  ): { id: number; outcome: WriteOutcome } {
    const before = existing(table, key);
    if (before?.hash === hash) return { id: before.id, outcome: 'unchanged' };
    noteWrite(db);
    const names = Object.keys(columns);
    const values = Object.values(columns);
    if (before) {
      sql(
        `UPDATE ${table} SET ${names.map((n) => `${n} = ?`).join(', ')}, origin = ?, content_hash = ? WHERE id = ?`,
      ).run(...values, origin, hash, before.id);
      return { id: before.id, outcome: 'updated' };
    }
    const result = sql(
      `INSERT INTO ${table} (key, ${names.join(', ')}, origin, content_hash)
       VALUES (?, ${names.map(() => '?').join(', ')}, ?, ?)`,
    ).run(key, ...values, origin, hash);
    return { id: Number(result.lastInsertRowid), outcome: 'created' };
  }

  return { sql, existing, upsert };
}
