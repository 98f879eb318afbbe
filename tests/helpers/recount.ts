/**
 * What the store's trigger-kept tables hold, against a fresh count over the live rows: after
 * any write they must agree. Each entry of the result names a table and what differs.
 */
import type { Db } from '../../data/store/open';

const MONTH = `CAST(substr(date_start, 1, 4) AS INTEGER) * 12 + CAST(substr(date_start, 6, 2) AS INTEGER) - 1`;

function rows(db: Db, sql: string): string[] {
  return (db.prepare(sql).raw().all() as unknown[][]).map((r) => JSON.stringify(r));
}

export function derivedMismatches(db: Db): string[] {
  const problems: string[] = [];
  const compare = (what: string, kept: string, fresh: string) => {
    const a = rows(db, kept);
    const b = rows(db, fresh);
    if (JSON.stringify(a) !== JSON.stringify(b))
      problems.push(`${what}: kept ${a.join(' ')} | fresh ${b.join(' ')}`);
  };
  compare(
    'statement_month_counts',
    'SELECT month, stance, n FROM statement_month_counts WHERE n > 0 ORDER BY 1, 2',
    `SELECT ${MONTH}, stance, count(*) FROM statements GROUP BY 1, 2 ORDER BY 1, 2`,
  );
  for (const table of ['statements', 'events', 'sanction_packages', 'actors', 'sources']) {
    compare(
      `record_counts.${table}`,
      `SELECT n FROM record_counts WHERE table_name = '${table}'`,
      `SELECT count(*) FROM ${table}`,
    );
  }
  compare(
    'statement_targets (what a pair link carries of its statement)',
    `SELECT statement_id, actor_id, date_start, speaker_id, intensity, date, source_id FROM statement_targets ORDER BY 1, 2`,
    `SELECT st.statement_id, st.actor_id, s.date_start, s.speaker_id, s.intensity, s.date,
       (SELECT e.source_id FROM evidence e WHERE e.record_type = 'Statement' AND e.record_id = s.id ORDER BY e.position LIMIT 1)
     FROM statement_targets st JOIN statements s ON s.id = st.statement_id ORDER BY 1, 2`,
  );
  compare(
    'search_index (statements)',
    `SELECT rowid >> 4 FROM search_index WHERE (rowid & 15) = 2 ORDER BY 1`,
    'SELECT id FROM statements ORDER BY 1',
  );
  compare(
    'evidence_search',
    'SELECT rowid FROM evidence_search ORDER BY 1',
    `SELECT (record_id * 16 + CASE record_type WHEN 'Statement' THEN 2 WHEN 'Event' THEN 3 WHEN 'Alliance' THEN 4
       WHEN 'Office' THEN 5 WHEN 'SanctionRegime' THEN 6 WHEN 'SanctionPackage' THEN 9 WHEN 'Membership' THEN 10 ELSE 15 END)
       * 256 + position FROM evidence WHERE excerpt IS NOT NULL ORDER BY 1`,
  );
  return problems;
}
