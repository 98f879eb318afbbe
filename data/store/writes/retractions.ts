/**
 * Retraction: a record leaves its live tables for `retracted_records` (migration 013), keeping
 * what its page shows. Deleting the live rows fires the triggers that keep the counts, the
 * per-month stance counts, the pair links and both search indexes, so every read drops it.
 */
import type { Db } from '../open';
import type { RetractedLinks } from '../rows';
import { prepared } from '../prepared';
import { noteWrite } from '../version';
import { statementSnapshotReads } from '../repositories/statements';
import { eventSnapshotReads } from '../repositories/events';
import { sanctionSnapshotReads } from '../repositories/sanctions';
import { evidenceSnapshotReads } from '../repositories/sources';

export type RetractableType = 'Statement' | 'Event' | 'SanctionPackage';

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

export function retractionWrites(db: Db) {
  const statements = statementSnapshotReads(db);
  const events = eventSnapshotReads(db);
  const sanctions = sanctionSnapshotReads(db);
  const sources = evidenceSnapshotReads(db);

  /** The record as the API reads it now, with everything it links to. */
  function snapshot(
    type: RetractableType,
    id: number,
  ): { row: object; links: Omit<RetractedLinks, 'retractedId'> } {
    const evidence = sources.evidenceOf(type, [id])[0] ?? [];
    const none = { actorIds: [], topicIds: [], evidence, measurements: [], claims: [] };
    switch (type) {
      case 'Statement':
        return {
          row: statements.byIds([id])[0]!,
          links: {
            ...none,
            actorIds: (statements.targetsOf([id])[0] ?? []).map((a) => a.id),
            topicIds: (statements.topicsOf([id])[0] ?? []).map((t) => t.id),
          },
        };
      case 'Event':
        return {
          row: events.byIds([id])[0]!,
          links: {
            ...none,
            actorIds: (events.actorsOf([id])[0] ?? []).map((a) => a.id),
            measurements: events.measurementsOf([id])[0] ?? [],
          },
        };
      case 'SanctionPackage':
        return {
          row: sanctions.packagesByIds([id])[0]!,
          links: { ...none, claims: sanctions.packageClaimsOf([id])[0] ?? [] },
        };
    }
  }

  return {
    /** The live row's id of the record `key` names, if it is live. */
    liveId(type: RetractableType, key: string): number | undefined {
      const row = prepared(db, `SELECT id FROM ${RETRACTABLE_TABLES[type]} WHERE key = ?`).get(key) as
        { id: number } | undefined;
      return row?.id;
    },

    /** Whether, when and by whom the record `key` names was retracted. */
    retraction(type: RetractableType, key: string): RetractionNote | undefined {
      return prepared(
        db,
        `SELECT rr.id, r.at, a.name AS by FROM retracted_records rr
         LEFT JOIN revisions r ON r.retracted_id = rr.id AND r.action = 'RETRACTED'
         LEFT JOIN analysts a ON a.id = r.analyst_id
         WHERE rr.record_type = ? AND rr.key = ?`,
      ).get(type, key) as RetractionNote | undefined;
    },

    /**
     * Moves the live record `id` out: keeps it in retracted_records, deletes its evidence and its
     * row (its links, measurements and figures go by ON DELETE CASCADE), and hands its revisions
     * to the kept record. Returns the kept record's id. Call inside the write's transaction.
     */
    retract(type: RetractableType, id: number, key: string): number {
      const record = snapshot(type, id);
      const kept = Number(
        prepared(db, 'INSERT INTO retracted_records (record_type, key, record) VALUES (?, ?, ?)').run(
          type,
          key,
          JSON.stringify(record),
        ).lastInsertRowid,
      );
      prepared(db, 'DELETE FROM evidence WHERE record_type = ? AND record_id = ?').run(type, id);
      prepared(db, `DELETE FROM ${RETRACTABLE_TABLES[type]} WHERE id = ?`).run(id);
      prepared(
        db,
        'UPDATE revisions SET retracted_id = ? WHERE record_type = ? AND record_id = ? AND retracted_id IS NULL',
      ).run(kept, type, id);
      noteWrite(db);
      return kept;
    },
  };
}

export type RetractionWrites = ReturnType<typeof retractionWrites>;
