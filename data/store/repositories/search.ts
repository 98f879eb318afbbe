/**
 * Search across every record type with a cost that does not grow with the number of
 * matches. FTS5's bm25 weighs each word by counting every record that holds it, once per
 * query: for a word in half a million records that count alone took seconds. So bm25 ranks
 * only queries whose words are each in at most RANKED_WORD_LIMIT records (then it is exact
 * and cheap); a query with a commoner word is ranked among its newest matches instead.
 */
import type { Db } from '../open';
import { ftsPhrases, SEARCH_CODES, type SearchKind } from '../fts';

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

/** How many records match `match`, counted up to `limit + 1` at most. */
function matchesUpTo(db: Db, match: string, limit: number): number {
  return db
    .prepare('SELECT count(*) FROM (SELECT 1 FROM search_index WHERE search_index MATCH ? LIMIT ?)')
    .pluck()
    .get(match, limit + 1) as number;
}

/**
 * The last word is matched as a prefix only while it is not a word of the index itself:
 * FTS5 expands a prefix by merging the lists of every word it begins, which for "sanctions"
 * in half a million records cost more than the rest of the search, while the word as typed
 * ("sanctions") is found in its own list at once.
 */
function wholeLastWord(db: Db, phrases: string[]): string[] {
  const last = phrases.at(-1);
  if (!last) return phrases;
  const word = last.slice(0, -1);
  return matchesUpTo(db, word, 0) > 0 ? [...phrases.slice(0, -1), word] : phrases;
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
function rankWindow(candidates: { rowid: number; body: string }[], words: string[]): number[] {
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
      return { rowid: c.rowid, score: score * boostOf(c.rowid) };
    })
    .sort((x, y) => y.score - x.score || y.rowid - x.rowid)
    .map((c) => c.rowid);
}

/** Best match first, across every searchable type. */
export function searchRecords(db: Db, text: string, first: number): SearchHit[] {
  const phrases = wholeLastWord(db, ftsPhrases(text));
  if (phrases.length === 0) return [];
  const match = phrases.join(' ');
  const common = phrases.some((phrase) => matchesUpTo(db, phrase, RANKED_WORD_LIMIT) > RANKED_WORD_LIMIT);
  if (!common) {
    // bm25 (lower is better) is fastest with a plain ORDER BY rank; the candidates are then
    // re-weighed so a name match on an actor or alliance comes before passing mentions.
    const candidates = db
      .prepare('SELECT rowid, rank FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT ?')
      .all(match, first * 4) as { rowid: number; rank: number }[];
    return toHits(
      candidates
        .map((c, order) => ({ rowid: c.rowid, score: c.rank * boostOf(c.rowid), order }))
        .sort((x, y) => x.score - y.score || x.order - y.order)
        .slice(0, first)
        .map((c) => c.rowid),
    );
  }
  // Newest first by rowid is the order FTS5 walks a word's list without reading it whole.
  const window = db
    .prepare('SELECT rowid, body FROM search_index WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT ?')
    .all(match, Math.max(COMMON_WORD_WINDOW, first * 4)) as { rowid: number; body: string }[];
  return toHits(rankWindow(window, tokens(phrases.join(' '))).slice(0, first));
}
