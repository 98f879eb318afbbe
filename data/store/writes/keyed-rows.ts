/**
 * Rows written by their dataset key, with a hash of their content: a row whose hash is
 * unchanged is left alone, which makes loading or importing the same data twice a no-op.
 * Shared by every write (./records.ts). Writes are steps (./steps.ts), run on either engine.
 */
import { createHash } from 'node:crypto';
import { get, insert, run, type Gen } from './steps';

export type WriteOutcome = 'created' | 'updated' | 'unchanged';

export const contentHash = (value: unknown) =>
  createHash('sha256').update(JSON.stringify(value)).digest('base64url');

/** The row `key` names in `table`: its id and content hash. */
export const existingRow = (table: string, key: string) =>
  get<{ id: number; hash: string }>(`SELECT id, content_hash AS hash FROM ${table} WHERE key = ?`, [key]);

/** Inserts or updates `table`'s row for `key` with `columns` (only those are touched). */
export function* upsertKeyed(
  table: string,
  key: string,
  columns: Record<string, unknown>,
  { hash, origin }: { hash: string; origin: string },
): Gen<{ id: number; outcome: WriteOutcome }> {
  const before = yield* existingRow(table, key);
  if (before?.hash === hash) return { id: before.id, outcome: 'unchanged' };
  const names = Object.keys(columns);
  const values = Object.values(columns);
  if (before) {
    yield* run(
      `UPDATE ${table} SET ${names.map((n) => `${n} = ?`).join(', ')}, origin = ?, content_hash = ? WHERE id = ?`,
      [...values, origin, hash, before.id],
    );
    return { id: before.id, outcome: 'updated' };
  }
  const id = yield* insert(
    `INSERT INTO ${table} (key, ${names.join(', ')}, origin, content_hash)
     VALUES (?, ${names.map(() => '?').join(', ')}, ?, ?)`,
    [key, ...values, origin, hash],
  );
  return { id, outcome: 'created' };
}
