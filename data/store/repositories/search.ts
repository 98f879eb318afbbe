/**
 * Search across every record type with a cost that does not grow with the number of
 * matches. FTS5's bm25 weighs each word by counting every record that holds it, once per
 * query: for a word in half a million records that count alone took seconds. So bm25 ranks
 * only queries whose words are each in at most RANKED_WORD_LIMIT records (then it is exact
 * and cheap); a query with a commoner word is ranked among its newest matches instead.
 */
import type { Db } from '../open';
import { ftsPhrases, SEARCH_CODES, type SearchKind } from '../fts';
import type { Sql } from '../sql';

export interface SearchHit {
  kind: SearchKind;
  id: number;
}

/** Records a word may occur in for bm25 to rank the query; more, and it is "common". */
export const RANKED_WORD_LIMIT = 1_000;
/** Matches of a query with a common word that are ranked: the most recently added ones. */
export const COMMON_WORD_WINDOW = 200;

/** Actors and alliances have long descriptions that dilute a name match: weigh them up. */
const BOOST = new Map<number, number>([
  [SEARCH_CODES.Actor, 2],
  [SEARCH_CODES.Alliance, 1.5],
]);
const boostOf = (rowid: number) => BOOST.get(rowid & 15) ?? 1;

const KIND_BY_CODE = new Map<number, SearchKind>(
  Object.entries(SEARCH_CODES).map(([kind, code]) => [code, kind as SearchKind]),
);

function toHits(rowids: number[]): SearchHit[] {
  return rowids.flatMap((rowid) => {
    const kind = KIND_BY_CODE.get(rowid & 15);
    return kind ? [{ kind, id: rowid >> 4 }] : [];
  });
}

/**
 * The two full-text indexes a search reads: the records' own words, and the excerpts of their
 * evidence (migration 006), whose rowid is the record's own rowid * 256 + the evidence's
 * position. Division, not a shift: at a million records those rowids pass 2^31.
 */
interface TextIndex {
  table: 'search_index' | 'evidence_search';
  column: 'body' | 'excerpt';
  recordOf: (rowid: number) => number;
}
const OWN_WORDS: TextIndex = { table: 'search_index', column: 'body', recordOf: (rowid) => rowid };
const EXCERPTS: TextIndex = {
  table: 'evidence_search',
  column: 'excerpt',
  recordOf: (rowid) => Math.floor(rowid / 256),
};

/** How many rows of `index` match `match`, counted up to `limit + 1` at most. */
function matchesUpTo(db: Db, match: string, limit: number, index: TextIndex = OWN_WORDS): number {
  const { table } = index;
  return db
    .prepare(`SELECT count(*) FROM (SELECT 1 FROM ${table} WHERE ${table} MATCH ? LIMIT ?)`)
    .pluck()
    .get(match, limit + 1) as number;
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
function wholeLastWord(db: Db, phrases: string[]): string[] {
  const last = phrases.at(-1);
  if (!last?.endsWith('*')) return phrases;
  const word = last.slice(0, -1);
  const whole = matchesUpTo(db, word, 0) > 0 || matchesUpTo(db, word, 0, EXCERPTS) > 0;
  return whole ? [...phrases.slice(0, -1), word] : phrases;
}

/** The words as the index's tokenizer sees them: no accents, lower case. */
function tokens(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/**
 * bm25 with every word weighed alike: every candidate holds every word, so a word's
 * rarity moves all of them together, and what orders them is how often a word occurs
 * against how long the text is.
 */
function rankWindow(
  candidates: { rowid: number; body: string }[],
  words: string[],
  recordOf: (rowid: number) => number,
): number[] {
  const K1 = 1.2;
  const B = 0.75;
  const texts = candidates.map((c) => tokens(c.body));
  const averageLength = texts.reduce((sum, t) => sum + t.length, 0) / Math.max(1, texts.length);
  const last = words.length - 1;
  return candidates
    .map((c, i) => {
      const text = texts[i]!;
      const norm = K1 * (1 - B + (B * text.length) / Math.max(1, averageLength));
      let score = 0;
      words.forEach((word, w) => {
        const tf = text.filter((t) => (w === last ? t.startsWith(word) : t === word)).length;
        score += (tf * (K1 + 1)) / (tf + norm);
      });
      return { rowid: c.rowid, score: score * boostOf(recordOf(c.rowid)) };
    })
    .sort((x, y) => y.score - x.score || y.rowid - x.rowid)
    .map((c) => c.rowid);
}

/**
 * Rowids of `index` matching every phrase, best first, at most `first`: bm25 when every word
 * is rare enough in that index, else the ranked window of its newest matches.
 */
function rankedIn(db: Db, index: TextIndex, phrases: string[], first: number): number[] {
  const { table, column } = index;
  const match = phrases.join(' ');
  const common = phrases.some(
    (phrase) => matchesUpTo(db, phrase, RANKED_WORD_LIMIT, index) > RANKED_WORD_LIMIT,
  );
  if (!common) {
    // bm25 (lower is better) is fastest with a plain ORDER BY rank; the candidates are then
    // re-weighed so a name match on an actor or alliance comes before passing mentions.
    const candidates = db
      .prepare(`SELECT rowid, rank FROM ${table} WHERE ${table} MATCH ? ORDER BY rank LIMIT ?`)
      .all(match, first * 4) as { rowid: number; rank: number }[];
    return candidates
      .map((c, order) => ({ rowid: c.rowid, score: c.rank * boostOf(index.recordOf(c.rowid)), order }))
      .sort((x, y) => x.score - y.score || x.order - y.order)
      .map((c) => c.rowid);
  }
  // Newest first by rowid is the order FTS5 walks a word's list without reading it whole.
  const window = db
    .prepare(
      `SELECT rowid, ${column} AS body FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid DESC LIMIT ?`,
    )
    .all(match, Math.max(COMMON_WORD_WINDOW, first * 4)) as { rowid: number; body: string }[];
  return rankWindow(window, tokens(match), index.recordOf);
}

/**
 * Best match first, across every searchable type. A record's own words come first; then the
 * records found only by an excerpt of their evidence (what a source is quoted as saying).
 */
export function searchRecords(db: Db, text: string, first: number): SearchHit[] {
  const phrases = wholeLastWord(db, ftsPhrases(text));
  if (phrases.length === 0) return [];
  const own = rankedIn(db, OWN_WORDS, phrases, first);
  const byExcerpt = rankedIn(db, EXCERPTS, phrases, first).map(EXCERPTS.recordOf);
  // Excerpts of records search cannot return (packages, memberships) are dropped by toHits,
  // after the dedupe, so they never take a place in the page.
  const records = [...new Set([...own, ...byExcerpt])].filter((rowid) => KIND_BY_CODE.has(rowid & 15));
  return toHits(records.slice(0, first));
}
