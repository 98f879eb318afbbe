import type { EvidenceRow, RecordType, SourceRow } from '../rows';
import { groupedOn, keyedLookupsOn } from './batch';
import { placeholders } from '../keyset';
import type { Sql } from '../sql';

// An unknown title is stored as '' (the column is NOT NULL) and read as null.
export const SOURCE_COLUMNS = `src.id, src.key, NULLIF(src.title, '') AS title, src.outlet, src.published_at AS publishedAt,
  src.url, src.language, src.retrieved_at AS retrievedAt, src.reliability, src.outlet_kind AS outletKind,
  src.reliability_note AS reliabilityNote`;

export interface CitingRecord {
  recordType: RecordType;
  recordId: number;
}

/** A record's evidence, in its order: `recordType` is one of the fixed RecordType names, never user input. */
const evidenceSql = (recordType: RecordType) =>
  `SELECT record_id AS recordId, source_id AS sourceId, excerpt, note, via_id AS viaId, credibility, inference
   FROM evidence WHERE record_type = '${recordType}' AND record_id IN (:ids) ORDER BY record_id, position`;

const evidenceKey = (r: EvidenceRow & { recordId: number }) => r.recordId;
const toEvidence = ({ recordId: _, ...e }: EvidenceRow & { recordId: number }): EvidenceRow => e;

export function sourceRepository(sql: Sql) {
  const sourceLookups = keyedLookupsOn(sql, SOURCE_COLUMNS, 'sources src', (r: SourceRow) => r);
  return {
    byIds: sourceLookups.byIds,
    byKeys: sourceLookups.byKeys,
    all: (): Promise<SourceRow[]> =>
      sql.all<SourceRow>(`SELECT ${SOURCE_COLUMNS} FROM sources src ORDER BY src.outlet, src.title, src.id`),
    /**
     * Sources whose key, title or outlet holds `text` (a plain, case-insensitive substring test,
     * so no input is a pattern), the one whose key is the text first, then in list order.
     */
    matching: (text: string, limit: number): Promise<SourceRow[]> =>
      sql.all<SourceRow>(
        `SELECT ${SOURCE_COLUMNS} FROM sources src
           WHERE instr(src.key, lower(?)) > 0 OR instr(lower(src.title), lower(?)) > 0
             OR instr(lower(src.outlet), lower(?)) > 0
           ORDER BY src.key = lower(?) DESC, src.outlet, src.title, src.id LIMIT ?`,
        [text, text, text, text, limit],
      ),
    /** Distinct records citing each source, a regime's figures counting for the regime. */
    async citationCounts(ids: readonly number[]): Promise<number[]> {
      if (ids.length === 0) return [];
      const list = placeholders(ids.length);
      const rows = await sql.all<{ sourceId: number; n: number }>(
        `SELECT source_id AS sourceId, count(*) AS n FROM (
             SELECT source_id, record_type, record_id FROM evidence WHERE source_id IN ${list}
             UNION
             SELECT source_id, 'SanctionRegime', regime_id FROM regime_figures WHERE source_id IN ${list}
             UNION
             SELECT source_id, 'SanctionPackage', package_id FROM package_figures WHERE source_id IN ${list}
           ) AS citing GROUP BY source_id`,
        [...ids, ...ids, ...ids],
      );
      const counts = new Map(rows.map((r) => [r.sourceId, r.n]));
      return ids.map((id) => counts.get(id) ?? 0);
    },
    /** Every record that cites a source, in type then id order. */
    citing: (sourceId: number): Promise<CitingRecord[]> =>
      sql.all<CitingRecord>(
        `SELECT record_type AS recordType, record_id AS recordId FROM evidence WHERE source_id = ?
           UNION SELECT 'SanctionRegime', regime_id FROM regime_figures WHERE source_id = ?
           UNION SELECT 'SanctionPackage', package_id FROM package_figures WHERE source_id = ?
           ORDER BY 1, 2`,
        [sourceId, sourceId, sourceId],
      ),
    evidenceOf: (recordType: RecordType, ids: readonly number[]): Promise<EvidenceRow[][]> =>
      groupedOn(sql, evidenceSql(recordType), ids, evidenceKey, toEvidence),
  };
}
