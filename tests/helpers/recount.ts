/**
 * What the store's trigger-kept tables hold, against a fresh count over the live rows: after
 * any write they must agree. Each entry of the result names a table and what differs.
 */
import type pg from 'pg';
import type { Db } from '../../data/store/open';

/** What is checked, the rows kept, the rows counted afresh. */
type Check = [what: string, kept: string, fresh: string];

const MONTH = `CAST(substr(date_start, 1, 4) AS INTEGER) * 12 + CAST(substr(date_start, 6, 2) AS INTEGER) - 1`;

/** Tables both engines keep by trigger, in SQL both engines read alike. */
const KEPT_ON_BOTH: Check[] = [
  [
    'statement_month_counts',
    'SELECT month, stance, n FROM statement_month_counts WHERE n > 0 ORDER BY 1, 2',
    `SELECT ${MONTH}, stance, count(*) FROM statements GROUP BY 1, 2 ORDER BY 1, 2`,
  ],
  ...['statements', 'events', 'sanction_packages', 'actors', 'sources'].map((table): Check => [
    `record_counts.${table}`,
    `SELECT n FROM record_counts WHERE table_name = '${table}'`,
    `SELECT count(*) FROM ${table}`,
  ]),
  [
    'statement_targets (what a pair link carries of its statement)',
    `SELECT statement_id, actor_id, date_start, speaker_id, intensity, date, source_id FROM statement_targets ORDER BY 1, 2`,
    `SELECT st.statement_id, st.actor_id, s.date_start, s.speaker_id, s.intensity, s.date,
       (SELECT e.source_id FROM evidence e WHERE e.record_type = 'Statement' AND e.record_id = s.id ORDER BY e.position LIMIT 1)
     FROM statement_targets st JOIN statements s ON s.id = st.statement_id ORDER BY 1, 2`,
  ],
];

/** SQLite's FTS5 tables, kept by trigger; PostgreSQL's search vectors are generated columns. */
const SQLITE_TEXT_INDEXES: Check[] = [
  [
    'search_index (statements)',
    `SELECT rowid >> 4 FROM search_index WHERE (rowid & 15) = 2 ORDER BY 1`,
    'SELECT id FROM statements ORDER BY 1',
  ],
  [
    'evidence_search',
    'SELECT rowid FROM evidence_search ORDER BY 1',
    `SELECT (record_id * 16 + CASE record_type WHEN 'Statement' THEN 2 WHEN 'Event' THEN 3 WHEN 'Alliance' THEN 4
       WHEN 'Office' THEN 5 WHEN 'SanctionRegime' THEN 6 WHEN 'SanctionPackage' THEN 9 WHEN 'Membership' THEN 10 ELSE 15 END)
       * 256 + position FROM evidence WHERE excerpt IS NOT NULL ORDER BY 1`,
  ],
];

function mismatch([what]: Check, kept: unknown[][], fresh: unknown[][]): string[] {
  const a = kept.map((r) => JSON.stringify(r));
  const b = fresh.map((r) => JSON.stringify(r));
  return JSON.stringify(a) === JSON.stringify(b)
    ? []
    : [`${what}: kept ${a.join(' ')} | fresh ${b.join(' ')}`];
}

export function derivedMismatches(db: Db): string[] {
  const rows = (sql: string) => db.prepare(sql).raw().all() as unknown[][];
  return [...KEPT_ON_BOTH, ...SQLITE_TEXT_INDEXES].flatMap((check) =>
    mismatch(check, rows(check[1]), rows(check[2])),
  );
}

export async function postgresDerivedMismatches(pool: pg.Pool): Promise<string[]> {
  const rows = async (sql: string) => (await pool.query<unknown[]>({ text: sql, rowMode: 'array' })).rows;
  const problems: string[] = [];
  for (const check of KEPT_ON_BOTH)
    problems.push(...mismatch(check, await rows(check[1]), await rows(check[2])));
  return problems;
}
