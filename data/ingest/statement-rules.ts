/**
 * A rule an analyst's new statement must keep beyond its shape: its quote is the source's own
 * words, so it occurs in the excerpt given as evidence. (The other, no second copy of the same
 * speaker's words on the same date, compares data/statement-words.ts inside the store's query.)
 */
import { visibleText } from '../visible-text';

/** A letter, digit or combining mark: a character that continues the word beside it. */
const WORD_END = /[\p{L}\p{N}\p{M}]$/u;
const WORD_START = /^[\p{L}\p{N}\p{M}]/u;

/**
 * Whether the quote occurs, word for word, in the excerpt, as whole words: "acceptable" is not
 * found in "unacceptable". Only line breaks, runs of spaces and invisible format characters
 * may differ (an excerpt copied from a page keeps its wrapping and soft hyphens); case,
 * punctuation and quotation marks must match.
 */
export function quoteInExcerpt(quote: string, excerpt: string): boolean {
  const needle = visibleText(quote);
  const text = visibleText(excerpt);
  if (needle === '') return false;
  // A quote that starts or ends with a word character may not run on into a word of the excerpt.
  const startsWord = WORD_START.test(needle);
  const endsWord = WORD_END.test(needle);
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    const gluedBefore = startsWord && WORD_END.test(text.slice(0, at));
    const gluedAfter = endsWord && WORD_START.test(text.slice(at + needle.length));
    if (!gluedBefore && !gluedAfter) return true;
  }
  return false;
}
