/**
 * What a search box and the API's full-text inputs take: words, in at most
 * MAX_SEARCH_TEXT_LENGTH characters. One definition for the screens' URL schema
 * (app/lib/list-params.ts), the API's input check (graphql/input-bounds.ts) and the full-text
 * query (data/store/fts.ts), so a text is refused in the same words wherever it comes in, and
 * a text with no words is said to have none instead of silently matching nothing.
 */
import { HOLDS_NUL } from './field-limits';

/**
 * The longest search text, in characters: room for any phrase worth searching for (the full-text
 * query keeps its first 32 words), and short enough that typing stays cheap.
 */
export const MAX_SEARCH_TEXT_LENGTH = 200;

/**
 * The longest search word, in code points: no typed word is longer, since a search text is not,
 * but NFKC can make one so (U+3316 is six letters). A longer word matches nothing on either
 * engine: PostgreSQL would drop it from its query (it indexes no word past 2,047 bytes), and the
 * search would match more than SQLite's instead of less. PostgreSQL keeps the first
 * MAX_WORD_LENGTH + 1 code points of a longer stored word (search_words, its migration 005), so
 * a prefix up to this length finds it on both engines, and no whole search word equals it.
 */
export const MAX_WORD_LENGTH = MAX_SEARCH_TEXT_LENGTH;

/**
 * The words of a text as the full-text indexes split them: letters and digits make words, with
 * the combining accents of U+0300 to U+036F, which the indexes fold away ("e\u0301" is e).
 * Everything else only separates them: quotes, operators, control and direction marks, emoji,
 * and other marks (a Devanagari vowel sign), at which SQLite's unicode61 tokenizer and
 * PostgreSQL's search_words (migration 004) split the stored text too. A word has a letter or
 * a digit.
 */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}\u0300-\u036f]+/u)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/**
 * What is wrong with a search text, said after its name ("text has no words..."), or null. A NUL
 * is refused as in any input (graphql/input-bounds.ts), here too so a screen says so beside its
 * search box instead of sending it.
 */
export function searchTextProblem(text: string): string | null {
  if (text.length > MAX_SEARCH_TEXT_LENGTH) {
    return `is limited to ${MAX_SEARCH_TEXT_LENGTH} characters; got ${text.length}`;
  }
  if (text.includes('\u0000')) return HOLDS_NUL;
  return searchWords(text).length === 0 ? 'has no words to search for' : null;
}
