/**
 * How search orders what it found, in JavaScript, the same for either engine: the kinds' codes
 * and boosts, the re-rank of a common word's newest matches, and FTS5's own bm25 for the engine
 * that has no FTS5 (PostgreSQL), computed as fts5_aux.c computes it so both engines agree.
 */
import { SEARCH_CODES, type SearchKind } from '../fts';

/** Records a word may occur in for bm25 to rank the query; more, and it is "common". */
export const RANKED_WORD_LIMIT = 1_000;
/** Matches of a query with a common word that are ranked: the most recently added ones. */
export const COMMON_WORD_WINDOW = 200;

export interface SearchHit {
  kind: SearchKind;
  id: number;
}

/** A row of a text index: its rowid (see `TextIndex` in search.ts) and its text. */
export interface IndexedText {
  rowid: number;
  body: string | null;
}

/** Actors and alliances have long descriptions that dilute a name match: weigh them up. */
const BOOST = new Map<number, number>([
  [SEARCH_CODES.Actor, 2],
  [SEARCH_CODES.Alliance, 1.5],
]);
export const boostOf = (rowid: number) => BOOST.get(rowid & 15) ?? 1;

const KIND_BY_CODE = new Map<number, SearchKind>(
  Object.entries(SEARCH_CODES).map(([kind, code]) => [code, kind as SearchKind]),
);

/**
 * An excerpt's rowid is its record's own rowid * 256 + the evidence's position (migration
 * 006; type codes 9 SanctionPackage and 10 Membership beside search's own, 15 for any other).
 * Division, not a shift: at a million records those rowids pass 2^31.
 */
export const recordOfExcerpt = (rowid: number) => Math.floor(rowid / 256);

function toHits(rowids: number[]): SearchHit[] {
  return rowids.flatMap((rowid) => {
    const kind = KIND_BY_CODE.get(rowid & 15);
    return kind ? [{ kind, id: rowid >> 4 }] : [];
  });
}

/**
 * Own-word matches, then excerpt matches (as records), each record once. Excerpts of records
 * search cannot return (packages, memberships) are dropped after the dedupe, so they never
 * take a place in the page.
 */
export function firstRecords(own: number[], byExcerpt: number[], first: number): SearchHit[] {
  const records = [...new Set([...own, ...byExcerpt])].filter((rowid) => KIND_BY_CODE.has(rowid & 15));
  return toHits(records.slice(0, first));
}

/** Printable ASCII and the usual white space; a text with any other character takes the long way. */
const ASCII = /^[\t\n\r -~]*$/;

/**
 * The words as the index's tokenizer sees them: no accents, lower case, split at other marks
 * (a Devanagari vowel sign) as searchWords splits them.
 */
export function tokens(text: string): string[] {
  // Most texts are ASCII, which NFKD leaves as it is and which holds no accent: split so, the
  // same words come out for less (ranking a common word's window splits 200 texts a request).
  if (ASCII.test(text))
    return text
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((t) => t.length > 0);
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

const K1 = 1.2;
const B = 0.75;

/**
 * bm25 with every word weighed alike: every candidate holds every word, so a word's
 * rarity moves all of them together, and what orders them is how often a word occurs
 * against how long the text is.
 */
export function rankWindow(
  candidates: IndexedText[],
  words: string[],
  recordOf: (rowid: number) => number,
): number[] {
  const texts = candidates.map((c) => tokens(c.body ?? ''));
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

/** Rank (bm25, lower is better) per rowid, in the order the index hands them out. */
export interface RankedRow {
  rowid: number;
  rank: number;
}

/**
 * bm25's candidates re-weighed so a name match on an actor or alliance comes before passing
 * mentions; equal scores keep the index's order.
 */
export function boosted(candidates: RankedRow[], recordOf: (rowid: number) => number): number[] {
  return candidates
    .map((c, order) => ({ rowid: c.rowid, score: c.rank * boostOf(recordOf(c.rowid)), order }))
    .sort((x, y) => x.score - y.score || x.order - y.order)
    .map((c) => c.rowid);
}

/** One phrase of a query (ftsPhrases): its tokens in a row, the last a prefix when `prefix`. */
export interface Phrase {
  tokens: string[];
  prefix: boolean;
}

export function phraseOf(phrase: string): Phrase {
  const prefix = phrase.endsWith('*');
  return { tokens: tokens(phrase.slice(1, prefix ? -2 : -1)), prefix };
}

/** Times the phrase occurs in `text` (its tokens in a row), as FTS5 counts instances. */
function occurrences(text: string[], phrase: Phrase): number {
  const n = phrase.tokens.length;
  if (n === 0) return 0;
  let count = 0;
  for (let at = 0; at + n <= text.length; at += 1) {
    const matches = phrase.tokens.every((token, i) =>
      phrase.prefix && i === n - 1 ? text[at + i]!.startsWith(token) : text[at + i] === token,
    );
    if (matches) count += 1;
  }
  return count;
}

/** What bm25 knows of the whole index: its rows and their tokens in all. */
export interface IndexTotals {
  rows: number;
  tokens: number;
}

/** FTS5 floors a phrase's weight: a word in over half the rows would weigh below nothing. */
export const flooredIdf = (logarithm: number) => (logarithm <= 0 ? 1e-6 : logarithm);

/**
 * FTS5's bm25() for each row (fts5_aux.c, same operations in the same order, so the same
 * doubles), sorted as `ORDER BY rank` hands them out: best first, equal ranks by rowid.
 */
export function fts5Bm25(
  rows: IndexedText[],
  phrases: Phrase[],
  idf: number[],
  totals: IndexTotals,
): RankedRow[] {
  const averageLength = totals.tokens / totals.rows;
  return rows
    .map((row) => {
      const text = tokens(row.body ?? '');
      const length = text.length;
      let score = 0.0;
      phrases.forEach((phrase, i) => {
        const frequency = occurrences(text, phrase);
        score +=
          idf[i]! * ((frequency * (K1 + 1.0)) / (frequency + K1 * (1 - B + (B * length) / averageLength)));
      });
      return { rowid: row.rowid, rank: -1.0 * score };
    })
    .sort((x, y) => x.rank - y.rank || x.rowid - y.rowid);
}
