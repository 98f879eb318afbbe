/**
 * The latest changes to any record, by anyone: what the desk's recent-changes list reads. One
 * statement walks the `revisions_recent` index (migration 012) newest first and stops after
 * `limit` rows, joining each change to its record by primary key: the live row while the
 * record stands, its kept copy in retracted_records (migration 013) once it was retracted.
 */
import type { Dialect, Sql } from '../sql';
import type { RevisedRecordType, RevisionRow } from '../writes/revisions';

export interface RecentRevisionRow extends RevisionRow {
  recordType: RevisedRecordType;
  recordKey: string;
  /** What a list calls the record: a statement's speaker and summary, a title, a name. */
  recordLabel: string;
  /** Whether the record is retracted now. */
  recordRetracted: boolean;
}

type RecentRaw = Omit<RecentRevisionRow, 'fields' | 'recordRetracted'> & {
  fields: string;
  /** SQLite gives a comparison as 0 or 1, PostgreSQL as a boolean. */
  recordRetracted: 0 | 1 | boolean;
};

const actorName = (idExpression: string) => `(SELECT name FROM actors WHERE id = ${idExpression})`;

/**
 * A retracted record keeps the row the API read (camelCased) under `row`. PostgreSQL reads
 * the field as text, so a number comes back cast to its column's type.
 */
const keptIn =
  (dialect: Dialect) =>
  (field: string, type: 'text' | 'integer' = 'text') =>
    dialect === 'postgres'
      ? `(rr.record::jsonb #>> '{row,${field}}')${type === 'integer' ? '::integer' : ''}`
      : `json_extract(rr.record, '$.row.${field}')`;

// A live table joins only while the change's record stands: once retracted, its row id may
// belong to a newer record.
const live = (alias: string, table: string, type: RevisedRecordType) =>
  `LEFT JOIN ${table} ${alias} ON r.retracted_id IS NULL AND r.record_type = '${type}' AND ${alias}.id = r.record_id`;

function recentSql(dialect: Dialect): string {
  const kept = keptIn(dialect);
  return `
  SELECT r.at, a.name AS by, r.action, r.reason, r.fields, r.record_type AS recordType,
    COALESCE(rr.key, s.key, e.key, p.key, g.key, c.key, src.key) AS recordKey,
    CASE r.record_type
      WHEN 'Statement' THEN ${actorName(`COALESCE(s.speaker_id, ${kept('speakerId', 'integer')})`)}
        || ': ' || COALESCE(s.summary, ${kept('summary')})
      WHEN 'Event' THEN COALESCE(e.title, ${kept('title')})
      WHEN 'SanctionPackage' THEN COALESCE(p.title, ${kept('title')})
      WHEN 'SanctionRegime' THEN ${actorName('g.imposer_id')} || ' on ' || ${actorName('g.target_id')}
      WHEN 'Actor' THEN c.name
      WHEN 'Source' THEN src.title
    END AS recordLabel,
    rr.id IS NOT NULL AS recordRetracted
  FROM revisions r
  JOIN analysts a ON a.id = r.analyst_id
  LEFT JOIN retracted_records rr ON rr.id = r.retracted_id
  ${live('s', 'statements', 'Statement')}
  ${live('e', 'events', 'Event')}
  ${live('p', 'sanction_packages', 'SanctionPackage')}
  ${live('g', 'sanction_regimes', 'SanctionRegime')}
  ${live('c', 'actors', 'Actor')}
  ${live('src', 'sources', 'Source')}
  -- A change whose record is no longer held (a dataset reload dropped it) has nothing to show.
  WHERE COALESCE(rr.key, s.key, e.key, p.key, g.key, c.key, src.key) IS NOT NULL
  ORDER BY r.at DESC, r.id DESC
  LIMIT ?`;
}

export function recentRevisionRepository(sql: Sql) {
  const text = recentSql(sql.dialect);
  return {
    /** The `limit` latest changes to any record, newest first, each with its record. */
    async latest(limit: number): Promise<RecentRevisionRow[]> {
      const rows = await sql.all<RecentRaw>(text, [limit]);
      return rows.map(({ fields, recordRetracted, ...row }) => ({
        ...row,
        fields: JSON.parse(fields) as string[],
        recordRetracted: Boolean(recordRetracted),
      }));
    },
  };
}

/** The statement `latest` runs on SQLite, for plan checks. */
export const RECENT_REVISIONS_SQL = recentSql('sqlite');
