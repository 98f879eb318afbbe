/**
 * Search on PostgreSQL, with SQLite's rules (search.ts) over the tsvector columns: each word is
 * counted up to RANKED_WORD_LIMIT + 1 matches; a query whose words are all rarer is ranked by
 * FTS5's bm25, computed here over all its matches (at most RANKED_WORD_LIMIT); a query with a
 * commoner word is ranked among its COMMON_WORD_WINDOW newest matches, the tables read newest
 * first (ORDER BY id DESC) and merged, so no read grows with the number of matches. Rows keep
 * SQLite's rowids (id * 16 + type code; an excerpt's * 256 + position), which order the
 * newest-first window and break ties as FTS5 does.
 */
import { ftsPhrases, SEARCH_CODES } from '../fts';
import { TSQUERY, tsqueryOfPhrases } from '../pg/text-query';
import type { Sql } from '../sql';
import {
  boosted,
  COMMON_WORD_WINDOW,
  firstRecords,
  flooredIdf,
  fts5Bm25,
  phraseOf,
  RANKED_WORD_LIMIT,
  rankWindow,
  recordOfExcerpt,
  tokens,
  type IndexedText,
  type IndexTotals,
  type SearchHit,
} from './search-ranking';

/** A searched table: its type code and its text as SQLite's index holds it (migration 002). */
interface SearchedTable {
  code: number;
  table: string;
  /** SQL over the table's row `t`. */
  body: string;
}

const nameOf = (column: string) => `(SELECT name FROM actors WHERE id = t.${column})`;
const joined = (column: string) =>
  `(SELECT coalesce(string_agg(value, ' '), '') FROM jsonb_array_elements_text(t.${column}::jsonb) AS item (value))`;

const RECORD_TABLES: SearchedTable[] = [
  {
    code: SEARCH_CODES.Actor,
    table: 'actors',
    body: `t.name || ' ' || t.key || ' ' || ${joined('aliases')} || ' ' || coalesce(t.title, '') || ' ' || coalesce(t.description, '')`,
  },
  { code: SEARCH_CODES.Statement, table: 'statements', body: `coalesce(t.quote, '') || ' ' || t.summary` },
  {
    code: SEARCH_CODES.Event,
    table: 'events',
    body: `t.title || ' ' || t.summary || ' ' || coalesce(t.location, '')`,
  },
  {
    code: SEARCH_CODES.Alliance,
    table: 'alliances',
    body: `t.name || ' ' || t.key || ' ' || coalesce(t.acronym, '') || ' ' || ${joined('areas')}`,
  },
  { code: SEARCH_CODES.Office, table: 'offices', body: `t.name || ' ' || t.city` },
  {
    code: SEARCH_CODES.SanctionRegime,
    table: 'sanction_regimes',
    body: `'sanctions ' || ${nameOf('imposer_id')} || ' ' || ${nameOf('target_id')}`,
  },
  {
    code: SEARCH_CODES.SanctionDesignation,
    table: 'sanction_designations',
    body: `${nameOf('designee_id')} || ' ' || t.authority || ' ' || coalesce(t.program, '')`,
  },
  { code: SEARCH_CODES.Source, table: 'sources', body: `t.title || ' ' || t.outlet || ' ' || t.key` },
];

/** Evidence record types and their codes in SQLite's excerpt rowids (migration 006); others 15. */
const EXCERPT_CODES: [recordType: string, code: number][] = [
  ['Statement', SEARCH_CODES.Statement],
  ['Event', SEARCH_CODES.Event],
  ['Alliance', SEARCH_CODES.Alliance],
  ['Office', SEARCH_CODES.Office],
  ['SanctionRegime', SEARCH_CODES.SanctionRegime],
  ['SanctionPackage', 9],
  ['Membership', 10],
];
const OTHER_EXCERPT_CODE = 15;

const MATCHES = `search_vector @@ ${TSQUERY}`;

/**
 * How many records and how many excerpts match one tsquery, each counted up to a limit + 1:
 * params [query × 8, own limit + 1, query, excerpt limit + 1].
 */
const COUNT_MATCHES = `SELECT
  (SELECT count(*) FROM (${RECORD_TABLES.map((r) => `SELECT 1 FROM ${r.table} WHERE ${MATCHES}`).join(
    ' UNION ALL ',
  )} LIMIT ?) AS m) AS own,
  (SELECT count(*) FROM (SELECT 1 FROM evidence WHERE ${MATCHES} LIMIT ?) AS m) AS excerpts`;

interface MatchCounts {
  own: number;
  excerpts: number;
}

async function matchesUpTo(sql: Sql, phrases: string[], limit: number): Promise<MatchCounts> {
  const query = tsqueryOfPhrases(phrases);
  // A word's counts hold until the data changes, and the words people search for recur.
  return sql.memo(`search matches|${limit}|${query}`, async () => {
    const row = await sql.get<MatchCounts>(COUNT_MATCHES, [
      ...RECORD_TABLES.map(() => query),
      limit + 1,
      query,
      limit + 1,
    ]);
    return row ?? { own: 0, excerpts: 0 };
  });
}

/** The last word is matched whole when it is a word of either index, as on SQLite. */
async function wholeLastWord(sql: Sql, phrases: string[]): Promise<string[]> {
  const last = phrases.at(-1);
  if (!last?.endsWith('*')) return phrases;
  const word = last.slice(0, -1);
  const found = await matchesUpTo(sql, [word], 0);
  return found.own > 0 || found.excerpts > 0 ? [...phrases.slice(0, -1), word] : phrases;
}

/** A table's matches as SQLite's rows: params [query]; rows { code, id, position?, body }. */
interface Branch {
  select: string;
  /** Newest first, as the rowids order them within the table. */
  newest: string;
}

/** A text index as PostgreSQL reads it, as SQLite's rows: its newest matches, or all of them. */
interface TextIndex {
  /** Params [query, limit] per table, then the limit: the newest rows, newest first. */
  newestSql: string;
  /** Params [query] per table: every matching row, in no order. */
  everySql: string;
  tables: number;
  rowidOf: (row: IndexRow) => number;
  recordOf: (rowid: number) => number;
  /** Its row in search_totals. */
  name: 'records' | 'excerpts';
  hits: (counts: MatchCounts) => number;
}

interface IndexRow {
  code: number;
  id: number;
  position?: number;
  body: string | null;
}

/**
 * The newest `limit` of the tables' matches, newest first by SQLite's rowid. The tables' rows
 * are merged in that order (MergeAppend), so a table is read only as far as its rows make the
 * window: a text is made for the rows ranked, not for `limit` rows of every table (a common
 * word's window had 821 texts made and sent, 200 of them ranked).
 */
function indexSql(
  branches: Branch[],
  newestFirst: string,
): Pick<TextIndex, 'newestSql' | 'everySql' | 'tables'> {
  const newest = branches.map((b) => `(${b.select} ORDER BY ${b.newest} LIMIT ?)`).join('\nUNION ALL ');
  return {
    newestSql: `SELECT * FROM (${newest}) AS matches ORDER BY ${newestFirst} LIMIT ?`,
    everySql: branches.map((b) => b.select).join('\nUNION ALL '),
    tables: branches.length,
  };
}

const OWN_WORDS: TextIndex = {
  ...indexSql(
    RECORD_TABLES.map((r) => ({
      select: `SELECT ${r.code} AS code, t.id, ${r.body} AS body FROM ${r.table} t WHERE t.${MATCHES}`,
      newest: 't.id DESC',
    })),
    'id DESC, code DESC',
  ),
  rowidOf: (row) => row.id * 16 + row.code,
  recordOf: (rowid) => rowid,
  name: 'records',
  hits: (counts) => counts.own,
};

const excerpts = (code: number, recordTypes: string): Branch => ({
  select: `SELECT ${code} AS code, t.record_id AS id, t.position, t.excerpt AS body FROM evidence t
    WHERE t.record_type ${recordTypes} AND t.${MATCHES}`,
  newest: 't.record_id DESC, t.position DESC',
});

const EXCERPTS: TextIndex = {
  ...indexSql(
    [
      ...EXCERPT_CODES.map(([recordType, code]) => excerpts(code, `= '${recordType}'`)),
      excerpts(OTHER_EXCERPT_CODE, `NOT IN (${EXCERPT_CODES.map(([type]) => `'${type}'`).join(', ')})`),
    ],
    'id DESC, code DESC, position DESC',
  ),
  rowidOf: (row) => (row.id * 16 + row.code) * 256 + row.position!,
  recordOf: recordOfExcerpt,
  name: 'excerpts',
  hits: (counts) => counts.excerpts,
};

const newestFirst = (rows: IndexedText[]) => rows.sort((x, y) => y.rowid - x.rowid);

const asIndexed = (index: TextIndex, rows: IndexRow[]): IndexedText[] =>
  rows.map((row) => ({ rowid: index.rowidOf(row), body: row.body }));

/** Up to `limit` of the index's newest rows matching every phrase, newest first, as FTS5 rows. */
async function newestMatches(
  sql: Sql,
  index: TextIndex,
  phrases: string[],
  limit: number,
): Promise<IndexedText[]> {
  const query = tsqueryOfPhrases(phrases);
  const params = [...Array.from({ length: index.tables }, () => [query, limit]).flat(), limit];
  // Planned for the words given: a common word's window is read newest first through the
  // tables' keys, the window of a common word beside a rare one through the text indexes; a
  // plan kept for one reads a whole table for the other (2.4 s at a million records).
  return asIndexed(index, await sql.all<IndexRow>(index.newestSql, params, { planForValues: true }));
}

/**
 * Every row of the index matching every phrase, when one of them is in at most
 * RANKED_WORD_LIMIT rows (so, then, are the matches). Read whole and in no order, the query
 * gives PostgreSQL no plan that walks a table newest first hoping to stop early.
 */
async function everyMatch(sql: Sql, index: TextIndex, phrases: string[]): Promise<IndexedText[]> {
  const query = tsqueryOfPhrases(phrases);
  return asIndexed(
    index,
    await sql.all<IndexRow>(
      index.everySql,
      Array.from({ length: index.tables }, () => query),
    ),
  );
}

/**
 * What bm25 weighs a query's rows with: the index's totals (migration 004 keeps them as FTS5
 * keeps its own) and each phrase's IDF from the rows holding it. The logarithm is taken by the
 * database: FTS5's is the C library's log(), whose last bit V8's Math.log does not always give.
 */
async function bm25Weights(
  sql: Sql,
  index: TextIndex,
  hits: number[],
): Promise<{ totals: IndexTotals; idf: number[] }> {
  const rows = await sql.memo(`search weights|${index.name}|${hits.join(',')}`, () =>
    sql.all<{ texts: number; tokens: number; logarithm: number }>(
      `SELECT t.texts, t.tokens, ln((t.texts - h.n + 0.5) / (h.n + 0.5)) AS logarithm
       FROM search_totals t, unnest(?::float8[]) WITH ORDINALITY AS h (n, position)
       WHERE t.text_index = ? ORDER BY h.position`,
      [hits, index.name],
    ),
  );
  if (rows.length !== hits.length) {
    throw new Error(`search_totals has no row for ${index.name}: is migration 004 applied?`);
  }
  return {
    totals: { rows: rows[0]!.texts, tokens: rows[0]!.tokens },
    idf: rows.map((r) => flooredIdf(r.logarithm)),
  };
}

/** Rowids of `index` matching every phrase, best first: bm25 when every word is rare in it. */
async function rankedIn(
  sql: Sql,
  index: TextIndex,
  phrases: string[],
  counts: MatchCounts[],
  first: number,
): Promise<number[]> {
  const hits = counts.map(index.hits);
  // Every phrase must occur: one the index holds nowhere leaves it nothing to read.
  if (hits.some((n) => n === 0)) return [];
  if (hits.some((n) => n > RANKED_WORD_LIMIT)) {
    const size = Math.max(COMMON_WORD_WINDOW, first * 4);
    // Beside a rare word, a common one is found among the rare one's few rows: PostgreSQL,
    // which guesses a word it keeps no statistics of in 0.5% of rows, would otherwise walk a
    // table newest first for the window (0.5 s for "synthetic abandon" at a million records).
    const window = hits.some((n) => n <= RANKED_WORD_LIMIT)
      ? newestFirst(await everyMatch(sql, index, phrases)).slice(0, size)
      : await newestMatches(sql, index, phrases, size);
    return rankWindow(window, tokens(phrases.join(' ')), index.recordOf);
  }
  // Every word is in at most RANKED_WORD_LIMIT rows: so is the query, read whole.
  const [matches, { totals, idf }] = await Promise.all([
    everyMatch(sql, index, phrases),
    bm25Weights(sql, index, hits),
  ]);
  const ranked = fts5Bm25(matches, phrases.map(phraseOf), idf, totals);
  return boosted(ranked.slice(0, first * 4), index.recordOf);
}

export async function searchRecordsOnPostgres(sql: Sql, text: string, first: number): Promise<SearchHit[]> {
  const phrases = await wholeLastWord(sql, ftsPhrases(text));
  if (phrases.length === 0) return [];
  // One word at a time: a text of 32 words sent as 32 queries at once would take the whole pool.
  const counts: MatchCounts[] = [];
  for (const phrase of phrases) counts.push(await matchesUpTo(sql, [phrase], RANKED_WORD_LIMIT));
  // A word no text holds matches nothing, as on SQLite, also when PostgreSQL makes no lexeme of
  // it (text-query.ts, everyWordIndexable): the query of all the words would then leave it out.
  if (counts.some((c) => c.own === 0 && c.excerpts === 0)) return [];
  const [own, byExcerpt] = await Promise.all([
    rankedIn(sql, OWN_WORDS, phrases, counts, first),
    rankedIn(sql, EXCERPTS, phrases, counts, first),
  ]);
  return firstRecords(own, byExcerpt.map(recordOfExcerpt), first);
}
