/**
 * The change log of records (table `revisions`, migration 012): every write through the API
 * adds one row, as a step of its own transaction, naming the analyst and the time.
 */
import type { Db } from '../open';
import { prepared } from '../prepared';
import { run } from './steps';

export type RevisionAction = 'CREATED' | 'UPDATED' | 'RETRACTED';

/** A record the log can name: the API type and the row's id (as the evidence table does). */
export type RevisedRecordType =
  'Source' | 'Actor' | 'Statement' | 'Event' | 'SanctionRegime' | 'SanctionPackage';

export interface RevisionValues {
  recordType: RevisedRecordType;
  recordId: number;
  analystId: number;
  action: RevisionAction;
  /** ISO 8601 UTC time of the change. */
  at: string;
  /** Names of the fields the change touched, as the API input spells them. */
  fields: readonly string[];
  reason?: string | null;
  /** The retracted record (migration 013) the change belongs to, once it is retracted. */
  retractedId?: number | null;
}

export interface RevisionRow {
  at: string;
  by: string;
  action: RevisionAction;
  reason: string | null;
  fields: string[];
}

/** Logs one change, as a step of the write that made it (./steps.ts). */
export const addRevision = (r: RevisionValues) =>
  run(
    `INSERT INTO revisions (record_type, record_id, analyst_id, action, at, fields, reason, retracted_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      r.recordType,
      r.recordId,
      r.analystId,
      r.action,
      r.at,
      JSON.stringify(r.fields),
      r.reason ?? null,
      r.retractedId ?? null,
    ],
  );

/** A record's changes read back on SQLite. */
export function revisionLog(db: Db) {
  return {
    /** A record's changes, oldest first, each naming its analyst. */
    of(recordType: RevisedRecordType, recordId: number): RevisionRow[] {
      const rows = prepared(
        db,
        `SELECT r.at, a.name AS by, r.action, r.reason, r.fields FROM revisions r
         JOIN analysts a ON a.id = r.analyst_id
         WHERE r.record_type = ? AND r.record_id = ? AND r.retracted_id IS NULL ORDER BY r.id`,
      ).all(recordType, recordId) as (Omit<RevisionRow, 'fields'> & { fields: string })[];
      return rows.map((row) => ({ ...row, fields: JSON.parse(row.fields) as string[] }));
    },
  };
}

export type RevisionLog = ReturnType<typeof revisionLog>;
