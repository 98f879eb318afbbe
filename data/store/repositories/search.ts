/**
 * Search across every record type with a cost that does not grow with the number of
 * matches. FTS5's bm25 weighs each word by counting every record that holds it, once per
 * query: for a word in half a million records that count alone took seconds. So bm25 ranks
 * only queries whose words are each in at most RANKED_WORD_LIMIT records (then it is exact
 * and cheap); a query with a commoner word is ranked among its newest matches instead.
 * PostgreSQL's path (search-postgres.ts) keeps the same rules over its tsvector columns.
 */
import type { Sql } from '../sql';
import { ftsPhrases, SEARCH_CODES } from '../fts';
import {
  boosted,
  COMMON_WORD_WINDOW,
  firstRecords,
  RANKED_WORD_LIMIT,
  rankWindow,
  recordOfExcerpt,
  tokens,
  type IndexedText,
  type SearchHit,
} from './search-ranking';
import { searchRecordsOnPostgres } from './search-postgres';

export type { SearchHit } from './search-ranking';
export { COMMON_WORD_WINDOW, RANKED_WORD_LIMIT } from './search-ranking';

/** The two FTS5 tables a search reads (see `recordOfExcerpt` for the excerpts' rowids). */
interface TextIndex {
  table: 'search_index' | 'evidence_search';
  column: 'body' | 'excerpt';
  recordOf: (rowid: number) => number;
}
const OWN_WORDS: TextIndex = { table: 'search_index', column: 'body', recordOf: (rowid) => rowid };
const EXCERPTS: TextIndex = { table: 'evidence_search', column: 'excerpt', recordOf: recordOfExcerpt };

/** How many rows of `index` match `match`, counted up to `limit + 1` at most. */
async function matchesUpTo(
  sql: Sql,
  match: string,
  limit: number,
  index: TextIndex = OWN_WORDS,
): Promise<number> {
  const { table } = index;
  const count = await sql.value<number>(
    `SELECT count(*) FROM (SELECT 1 FROM ${table} WHERE ${table} MATCH ? LIMIT ?)`,
    [match, limit + 1],
  );
  return count ?? 0;
}

/** Most whole words a typed last word may stand for when a filter tests statements one by one. */
export const MAX_PREFIX_WORDS = 8;

/**
 * The text filter's FTS5 expression for testing one statement at a time, or null when the
 * filter should read its match list instead: when fewer than RANKED_WORD_LIMIT statements match
 * (the list is then short), or the last word begins too many words. FTS5 expands a prefix
 * ("synth"*) anew for every row it tests, which at a million statements took seconds a page, so
 * the last word becomes the whole words it begins: ("synthetic" OR "synthetics"), the same
 * statements as the prefix. SQLite's only: it reads FTS5's vocabularies (migration 010).
 */
export async function perRowStatementMatch(sql: Sql, text: string): Promise<string | null> {
  const phrases = ftsPhrases(text);
  const last = phrases.at(-1);
  // A last word matched whole (too short to be a prefix) is tested like the others.
  if (!last?.endsWith('*')) return null;
  const stem = tokens(last.slice(1, -2));
  if (stem.length !== 1) return null;
  // Every word that begins with the stem sorts before the stem followed by the last code point.
  const after = `${stem[0]}\u{10FFFF}`;
  const words = (
    await sql.all<{ term: string }>(
      `SELECT term FROM search_vocab WHERE term >= ? AND term < ?
       UNION SELECT term FROM evidence_vocab WHERE term >= ? AND term < ?
       LIMIT ?`,
      [stem[0], after, stem[0], after, MAX_PREFIX_WORDS + 1],
    )
  ).map((row) => row.term);
  if (words.length === 0 || words.length > MAX_PREFIX_WORDS) return null;
  // FTS5 joins a parenthesised group to the phrases before it only by an explicit AND.
  const match = [...phrases.slice(0, -1), `(${words.map((w) => `"${w}"`).join(' OR ')})`].join(' AND ');
  // Whole words are read from their lists as far as needed; a prefix would merge them all first.
  const statements = await sql.value<number>(
    `SELECT count(*) FROM (SELECT 1 FROM search_index WHERE search_index MATCH ?
       AND (rowid & 15) = ${SEARCH_CODES.Statement} LIMIT ?)`,
    [match, RANKED_WORD_LIMIT + 1],
  );
  return (statements ?? 0) > RANKED_WORD_LIMIT ? match : null;
}

/**
 * The last word is matched as a prefix only while it is not a word of the index itself:
 * FTS5 expands a prefix by merging the lists of every word it begins, which for "sanctions"
 * in half a million records cost more than the rest of the search, while the word as typed
 * ("sanctions") is found in its own list at once.
 */
async function wholeLastWord(sql: Sql, phrases: string[]): Promise<string[]> {
  const last = phrases.at(-1);
  if (!last?.endsWith('*')) return phrases;
  const word = last.slice(0, -1);
  const whole = (await matchesUpTo(sql, word, 0)) > 0 || (await matchesUpTo(sql, word, 0, EXCERPTS)) > 0;
  return whole ? [...phrases.slice(0, -1), word] : phrases;
}

/**
 * Rowids of `index` matching every phrase, best first, at most `first`: bm25 when every word
 * is rare enough in that index, else the ranked window of its newest matches.
 */
async function rankedIn(sql: Sql, index: TextIndex, phrases: string[], first: number): Promise<number[]> {
  const { table, column } = index;
  const match = phrases.join(' ');
  let common = false;
  for (const phrase of phrases) {
    if ((await matchesUpTo(sql, phrase, RANKED_WORD_LIMIT, index)) > RANKED_WORD_LIMIT) {
      common = true;
      break;
    }
  }
  if (!common) {
    // bm25 (lower is better) is fastest with a plain ORDER BY rank; the candidates are then
    // re-weighed so a name match on an actor or alliance comes before passing mentions.
    const candidates = await sql.all<{ rowid: number; rank: number }>(
      `SELECT rowid, rank FROM ${table} WHERE ${table} MATCH ? ORDER BY rank LIMIT ?`,
      [match, first * 4],
    );
    return boosted(candidates, index.recordOf);
  }
  // Newest first by rowid is the order FTS5 walks a word's list without reading it whole.
  const window = await sql.all<IndexedText>(
    `SELECT rowid, ${column} AS body FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid DESC LIMIT ?`,
    [match, Math.max(COMMON_WORD_WINDOW, first * 4)],
  );
  return rankWindow(window, tokens(match), index.recordOf);
}

/**
 * Best match first, across every searchable type. A record's own words come first; then the
 * records found only by an excerpt of their evidence (what a source is quoted as saying).
 */
export function searchRecords(sql: Sql, text: string, first: number): Promise<SearchHit[]> {
  // Asked again before the next write, a search is answered from what it found the first time:
  // a common word's ranked window costs milliseconds of ranking on every request otherwise, and
  // the same words come back (a page reloaded, a link shared).
  return sql.memo(`search|${first}|${text}`, () =>
    sql.dialect === 'postgres' ? searchRecordsOnPostgres(sql, text, first) : searchOnSqlite(sql, text, first),
  );
}

async function searchOnSqlite(sql: Sql, text: string, first: number): Promise<SearchHit[]> {
  const phrases = await wholeLastWord(sql, ftsPhrases(text));
  if (phrases.length === 0) return [];
  const own = await rankedIn(sql, OWN_WORDS, phrases, first);
  const byExcerpt = (await rankedIn(sql, EXCERPTS, phrases, first)).map(EXCERPTS.recordOf);
  return firstRecords(own, byExcerpt, first);
}
