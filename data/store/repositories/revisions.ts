/**
 * Reading the change log (table `revisions`, migration 012): each record's changes, oldest
 * first, naming the analyst who made each. Batched per record type for DataLoader.
 */
import type { RevisedRecordType, RevisionRow } from '../writes/revisions';
import { groupedOn } from './batch';
import type { Sql } from '../sql';

type RevisionRaw = Omit<RevisionRow, 'fields'> & { recordId: number; fields: string };

const toRevision = ({ recordId: _, fields, ...r }: RevisionRaw): RevisionRow => ({
  ...r,
  fields: JSON.parse(fields) as string[],
});

export function revisionRepository(sql: Sql) {
  return {
    /** The changes of each record of `recordType` (a fixed name, never user input) with these ids. */
    of(recordType: RevisedRecordType, ids: readonly number[]): Promise<RevisionRow[][]> {
      return groupedOn(
        sql,
        `SELECT r.record_id AS recordId, r.at, a.name AS by, r.action, r.reason, r.fields
         FROM revisions r JOIN analysts a ON a.id = r.analyst_id
         WHERE r.record_type = '${recordType}' AND r.record_id IN (:ids) AND r.retracted_id IS NULL
         ORDER BY r.record_id, r.id`,
        ids,
        (r: RevisionRaw) => r.recordId,
        toRevision,
      );
    },

    /** The changes of each retracted record (migration 013), by its id in retracted_records. */
    ofRetracted(retractedIds: readonly number[]): Promise<RevisionRow[][]> {
      return groupedOn(
        sql,
        `SELECT r.retracted_id AS recordId, r.at, a.name AS by, r.action, r.reason, r.fields
         FROM revisions r JOIN analysts a ON a.id = r.analyst_id
         WHERE r.retracted_id IN (:ids) ORDER BY r.retracted_id, r.id`,
        retractedIds,
        (r: RevisionRaw) => r.recordId,
        toRevision,
      );
    },
  };
}
