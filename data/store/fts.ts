/**
 * Turns what a user typed into an FTS5 query that can only mean "these words": every
 * token becomes a quoted string, so operators (AND, NEAR, *, ^, column filters) and
 * quotes in the input are plain text. The last word matches as a prefix, for typing.
 */
import { MAX_WORD_LENGTH, searchWords } from '../search-text';

/** Type codes in search_index rowids (id * 16 + code), see migration 001. */
export const SEARCH_CODES = {
  Actor: 1,
  Statement: 2,
  Event: 3,
  Alliance: 4,
  Office: 5,
  SanctionRegime: 6,
  SanctionDesignation: 7,
  Source: 8,
} as const;

export type SearchKind = keyof typeof SEARCH_CODES;

/** The shortest last word that matches as a prefix. */
export const MIN_PREFIX = 2;

/**
 * Letters in a word as the index's tokenizer keeps them: accents and other marks removed
 * ("s\u0308" is one letter, s), each code point one letter (an ideograph outside the BMP too).
 */
function letters(word: string): number {
  return [...word.normalize('NFKD').replace(/\p{M}+/gu, '')].length;
}

/**
 * The words of `text` as FTS5 phrases: quoted, the last one a prefix. Empty when there are none,
 * or when one is longer than MAX_WORD_LENGTH: no record matches it on either engine.
 */
export function ftsPhrases(text: string): string[] {
  const words = searchWords(text).slice(0, 32);
  if (words.some((w) => [...w].length > MAX_WORD_LENGTH)) return [];
  // A one-letter prefix ("s"*) stands for a large part of the vocabulary and would list most
  // records; a last word of one letter is matched whole.
  return words.map((w, i) => `"${w}"${i === words.length - 1 && letters(w) >= MIN_PREFIX ? '*' : ''}`);
}

export function ftsQuery(text: string): string | null {
  const phrases = ftsPhrases(text);
  return phrases.length === 0 ? null : phrases.join(' ');
}
