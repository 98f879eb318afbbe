import type { Db } from '../open';
import type { EvidenceRow, RecordType, SourceRow } from '../rows';
import { groupedBy, keyedLookups } from './batch';
import { placeholders } from '../keyset';
import { prepared } from '../prepared';

// An unknown title is stored as '' (the column is NOT NULL) and read as null.
export const SOURCE_COLUMNS = `src.id, src.key, NULLIF(src.title, '') AS title, src.outlet, src.published_at AS publishedAt,
  src.url, src.language, src.retrieved_at AS retrievedAt, src.reliability, src.outlet_kind AS outletKind,
  src.reliability_note AS reliabilityNote`;

export interface CitingRecord {
  recordType: RecordType;
  recordId: number;
}

export function sourceRepository(db: Db) {
  const sourceLookups = keyedLookups(db, SOURCE_COLUMNS, 'sources src', (r: SourceRow) => r);
  return {
    byIds: sourceLookups.byIds,
    byKeys: sourceLookups.byKeys,
    all: (): SourceRow[] =>
      prepared(
        db,
        `SELECT ${SOURCE_COLUMNS} FROM sources src ORDER BY src.outlet, src.title, src.id`,
      ).all() as SourceRow[],
    /**
     * Sources whose key, title or outlet holds `text` (a plain, case-insensitive substring test,
     * so no input is a pattern), the one whose key is the text first, then in list order.
     */
    matching: (text: string, limit: number): SourceRow[] =>
      prepared(
        db,
        `SELECT ${SOURCE_COLUMNS} FROM sources src
           WHERE instr(src.key, lower(:text)) > 0 OR instr(lower(src.title), lower(:text)) > 0
             OR instr(lower(src.outlet), lower(:text)) > 0
           ORDER BY src.key = lower(:text) DESC, src.outlet, src.title, src.id LIMIT :limit`,
      ).all({ text, limit }) as SourceRow[],
    /** Distinct records citing each source, a regime's figures counting for the regime. */
    citationCounts(ids: readonly number[]): number[] {
      if (ids.length === 0) return [];
      const list = placeholders(ids.length);
      const rows = prepared(
        db,
        `SELECT source_id AS sourceId, count(*) AS n FROM (
             SELECT source_id, record_type, record_id FROM evidence WHERE source_id IN ${list}
             UNION
             SELECT source_id, 'SanctionRegime', regime_id FROM regime_figures WHERE source_id IN ${list}
             UNION
             SELECT source_id, 'SanctionPackage', package_id FROM package_figures WHERE source_id IN ${list}
           ) GROUP BY source_id`,
      ).all(...ids, ...ids, ...ids) as { sourceId: number; n: number }[];
      const counts = new Map(rows.map((r) => [r.sourceId, r.n]));
      return ids.map((id) => counts.get(id) ?? 0);
    },
    /** Every record that cites a source, in type then id order. */
    citing: (sourceId: number): CitingRecord[] =>
      prepared(
        db,
        `SELECT record_type AS recordType, record_id AS recordId FROM evidence WHERE source_id = ?
           UNION SELECT 'SanctionRegime', regime_id FROM regime_figures WHERE source_id = ?
           UNION SELECT 'SanctionPackage', package_id FROM package_figures WHERE source_id = ?
           ORDER BY 1, 2`,
      ).all(sourceId, sourceId, sourceId) as CitingRecord[],
    evidenceOf(recordType: RecordType, ids: readonly number[]): EvidenceRow[][] {
      // recordType is one of the fixed RecordType names, never user input.
      return groupedBy(
        db,
        `SELECT record_id AS recordId, source_id AS sourceId, excerpt, note, via_id AS viaId, credibility, inference FROM evidence
         WHERE record_type = '${recordType}' AND record_id IN (:ids) ORDER BY record_id, position`,
        ids,
        (r: EvidenceRow & { recordId: number }) => r.recordId,
        ({ recordId: _, ...e }): EvidenceRow => e,
      );
    },
  };
}
