/**
 * The statements text filter on each engine. A statement matches when its own words (quote and
 * summary) hold every word typed, or one excerpt of its evidence holds them all. SQLite reads
 * its two FTS5 indexes (search_index, evidence_search, migration 006); PostgreSQL the
 * search_vector columns of statements and evidence, with the words as FTS5 means them
 * (pg/text-query.ts).
 *
 * Either engine reads a filter in one of two ways: list every match from the index and keep the
 * statements listed, which costs what the list holds; or walk the statements in the page's
 * order and test each, which stops at the page's end. A rare word wants the first (walking a
 * million statements to find three took seconds), a common one the second (listing half a
 * million matches took seconds too), so a page first asks how common the words are.
 */
import { ftsQuery, SEARCH_CODES } from '../fts';
import { everyWordIndexable, TSQUERY, tsqueryText } from '../pg/text-query';
import type { Dialect, Sql } from '../sql';
import { perRowStatementMatch, RANKED_WORD_LIMIT } from './search';

/**
 * The condition a text filter adds: `never` when the text has no words; `perRow` when it must
 * be tested only on the rows the other conditions keep (SQLite's: see conditionsOf).
 */
export type StatementTextTest =
  | { kind: 'never' }
  | { kind: 'condition'; sql: string; params: unknown[] }
  | { kind: 'perRow'; sql: string; params: unknown[] };

/** Every statement matching `text`, listed from the indexes: the test of a count over them all. */
export function statementTextTest(dialect: Dialect, text: string): StatementTextTest {
  if (dialect === 'postgres') {
    const query = tsqueryText(text);
    if (query === null) return { kind: 'never' };
    const indexable = everyWordIndexable(text);
    return {
      kind: 'condition',
      sql: `(${indexable.sql} AND s.id IN (SELECT id FROM statements WHERE search_vector @@ ${TSQUERY}
            UNION ALL SELECT record_id FROM evidence WHERE record_type = 'Statement' AND search_vector @@ ${TSQUERY}))`,
      params: [...indexable.params, query, query],
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

/** How a page of statements filtered by `text` tests it, and how the page's count does. */
export async function statementTextTests(
  sql: Sql,
  text: string,
): Promise<{ page: StatementTextTest; count: StatementTextTest }> {
  const listed = statementTextTest(sql.dialect, text);
  if (listed.kind === 'never') return { page: listed, count: listed };
  if (sql.dialect === 'postgres') {
    // The count, capped, stops as early as the page does when the words are common.
    const page = (await commonInStatements(sql, text)) ? rowByRowOnPostgres(text) : listed;
    return { page, count: page };
  }
  // SQLite's count reads the match lists whatever the words: testing statements one by one
  // costs FTS5 more per row than a list of every statement costs to read.
  return { page: (await rowByRowOnSqlite(sql, text)) ?? listed, count: listed };
}

/** Whether more than RANKED_WORD_LIMIT statements hold the words themselves. */
async function commonInStatements(sql: Sql, text: string): Promise<boolean> {
  const held = await sql.value<number>(
    `SELECT count(*) AS n FROM (SELECT 1 FROM statements WHERE search_vector @@ ${TSQUERY} LIMIT ?) AS probe`,
    [tsqueryText(text), RANKED_WORD_LIMIT + 1],
  );
  return Number(held) > RANKED_WORD_LIMIT;
}

/**
 * PostgreSQL tests a statement's own words first, then looks its excerpts up by the evidence's
 * primary key (record_type, record_id); its planner runs the cheaper conditions of a filter
 * before these.
 */
function rowByRowOnPostgres(text: string): StatementTextTest {
  const query = tsqueryText(text);
  const indexable = everyWordIndexable(text);
  return {
    kind: 'condition',
    sql: `(${indexable.sql} AND (s.search_vector @@ ${TSQUERY}
        OR EXISTS (SELECT 1 FROM evidence ev WHERE ev.record_type = 'Statement' AND ev.record_id = s.id
          AND ev.search_vector @@ ${TSQUERY})))`,
    params: [...indexable.params, query, query],
  };
}

/** SQLite's test of one statement at a time, or null when the words are not common. */
async function rowByRowOnSqlite(sql: Sql, text: string): Promise<StatementTextTest | null> {
  const perRow = await perRowStatementMatch(sql, text);
  if (perRow === null) return null;
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
