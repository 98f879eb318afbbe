/**
 * Retraction: a record leaves its live tables for `retracted_records` (migration 013), keeping
 * what its page shows. Deleting the live rows fires the triggers that keep the counts, the
 * per-month stance counts, the pair links and both search indexes, so every read drops it.
 * Each function is a step of the write that retracts (./steps.ts), read and written on its
 * connection inside its transaction.
 */
import { recordSnapshot, type SnapshotType } from './record-snapshot';
import { get, insert, run, type Gen } from './steps';

export type RetractableType = SnapshotType;

export const RETRACTABLE_TABLES: Record<RetractableType, 'statements' | 'events' | 'sanction_packages'> = {
  Statement: 'statements',
  Event: 'events',
  SanctionPackage: 'sanction_packages',
};

/** The retraction of a record of `type` with `key`, if it was retracted: its row and when. */
export interface RetractionNote {
  id: number;
  at: string | null;
  by: string | null;
}

/** The live row's id of the record `key` names, if it is live. */
export function* liveId(type: RetractableType, key: string): Gen<number | undefined> {
  const row = yield* get<{ id: number }>(`SELECT id FROM ${RETRACTABLE_TABLES[type]} WHERE key = ?`, [key]);
  return row?.id;
}

/** Whether, when and by whom the record `key` names was retracted. */
export const retraction = (type: RetractableType, key: string) =>
  get<RetractionNote>(
    `SELECT rr.id, r.at, a.name AS by FROM retracted_records rr
     LEFT JOIN revisions r ON r.retracted_id = rr.id AND r.action = 'RETRACTED'
     LEFT JOIN analysts a ON a.id = r.analyst_id
     WHERE rr.record_type = ? AND rr.key = ?`,
    [type, key],
  );

/**
 * Moves the live record `id` out: keeps it in retracted_records, deletes its evidence and its
 * row (its links, measurements and figures go by ON DELETE CASCADE), and hands its revisions
 * to the kept record. Returns the kept record's id.
 */
export function* retract(type: RetractableType, id: number, key: string): Gen<number> {
  const record = yield* recordSnapshot(type, id);
  const kept = yield* insert('INSERT INTO retracted_records (record_type, key, record) VALUES (?, ?, ?)', [
    type,
    key,
    JSON.stringify(record),
  ]);
  yield* run('DELETE FROM evidence WHERE record_type = ? AND record_id = ?', [type, id]);
  yield* run(`DELETE FROM ${RETRACTABLE_TABLES[type]} WHERE id = ?`, [id]);
  yield* run(
    'UPDATE revisions SET retracted_id = ? WHERE record_type = ? AND record_id = ? AND retracted_id IS NULL',
    [kept, type, id],
  );
  return kept;
}
