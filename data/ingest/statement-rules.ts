/**
 * A rule an analyst's new statement must keep beyond its shape: its quote is the source's own
 * words, so it occurs in the excerpt given as evidence. (The other, no second copy of the same
 * speaker's words on the same date, compares data/statement-words.ts inside the store's query.)
 */

/** Text as compared: Unicode NFC, runs of white space as one space, ends trimmed. */
const canonical = (text: string) => text.normalize('NFC').replace(/\s+/gu, ' ').trim();

/**
 * Whether the quote occurs, word for word, in the excerpt. Only line breaks and runs of
 * spaces may differ (an excerpt copied from a page keeps its wrapping); case, punctuation and
 * quotation marks must match.
 */
export function quoteInExcerpt(quote: string, excerpt: string): boolean {
  return canonical(excerpt).includes(canonical(quote));
}
