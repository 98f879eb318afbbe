/**
 * The statements text filter on each engine. A statement matches when its own words (quote and
 * summary) hold every word typed, or one excerpt of its evidence holds them all. SQLite reads
 * its two FTS5 indexes (search_index, evidence_search, migration 006); PostgreSQL the
 * search_vector columns of statements and evidence, with the query's words as FTS5 means them
 * (pg/text-query.ts).
 */
import { ftsQuery, SEARCH_CODES } from '../fts';
import { TSQUERY, tsqueryText } from '../pg/text-query';
import type { Dialect, Sql } from '../sql';
import { perRowStatementMatch } from './search';

/**
 * The condition a text filter adds: `never` when the text has no words; `perRow` when it
 * must be tested only on the rows the other conditions keep (see statementConditionsOn).
 */
export type StatementTextTest =
  | { kind: 'never' }
  | { kind: 'condition'; sql: string; params: unknown[] }
  | { kind: 'perRow'; sql: string; params: unknown[] };

/** Every statement matching `text`, as one condition on `s`: the test a count uses. */
export function statementTextTest(dialect: Dialect, text: string): StatementTextTest {
  if (dialect === 'postgres') {
    const query = tsqueryText(text);
    if (query === null) return { kind: 'never' };
    return {
      kind: 'condition',
      // The evidence's primary key leads with (record_type, record_id): the excerpts of one
      // statement are found by it and tested one by one.
      sql: `(s.search_vector @@ ${TSQUERY}
        OR EXISTS (SELECT 1 FROM evidence ev WHERE ev.record_type = 'Statement' AND ev.record_id = s.id
          AND ev.search_vector @@ ${TSQUERY}))`,
      params: [query, query],
    };
  }
  const match = ftsQuery(text);
  if (match === null) return { kind: 'never' };
  return {
    kind: 'condition',
    sql: `s.id IN (SELECT rowid >> 4 FROM search_index WHERE search_index MATCH ? AND (rowid & 15) = ${SEARCH_CODES.Statement}
            UNION ALL SELECT rowid >> 12 FROM evidence_search WHERE evidence_search MATCH ? AND ((rowid >> 8) & 15) = ${SEARCH_CODES.Statement})`,
    params: [match, match],
  };
}

/**
 * The test a page walking statements in order uses. On SQLite, a word in many statements is
 * tested row by row, which finds a page within a few rows where listing every match first took
 * seconds at a million statements; a rare word still reads the match list. PostgreSQL's
 * planner chooses between its GIN index and a row-by-row test itself.
 */
export async function statementPageTextTest(sql: Sql, text: string): Promise<StatementTextTest> {
  const listed = statementTextTest(sql.dialect, text);
  if (sql.dialect === 'postgres' || listed.kind === 'never') return listed;
  const perRow = await perRowStatementMatch(sql, text);
  if (perRow === null) return listed;
  // FTS5 answers a MATCH bounded to one rowid (or one record's excerpts) from its index: the
  // statement's search rowid, and its evidence's (that rowid * 256 + the evidence's position).
  const own = `s.id * 16 + ${SEARCH_CODES.Statement}`;
  return {
    kind: 'perRow',
    sql: `(EXISTS (SELECT 1 FROM search_index WHERE search_index MATCH ? AND rowid = ${own})
            OR EXISTS (SELECT 1 FROM evidence_search WHERE evidence_search MATCH ?
              AND rowid BETWEEN (${own}) * 256 AND (${own}) * 256 + 255))`,
    params: [perRow, perRow],
  };
}
