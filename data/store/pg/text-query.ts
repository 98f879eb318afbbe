/**
 * What a user typed as a PostgreSQL text query with the meaning data/store/fts.ts gives SQLite's:
 * every word must occur, operators and quotes in the input are plain text, and the last word
 * (two letters or more) matches as a prefix. Words are split as the index splits them
 * (search-text.ts), then each is handed to the search configuration on its own, so it is folded
 * (case, accents) as the stored text was.
 */
import { ftsPhrases } from '../fts';

/** A tsquery term of one word: quoted for tsquery's parser, `:*` when it is a prefix. */
function term(phrase: string): string {
  const prefix = phrase.endsWith('*');
  const word = phrase.slice(1, prefix ? -2 : -1);
  return `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'${prefix ? ':*' : ''}`;
}

/**
 * The text of a tsquery for `text`, for `to_tsquery('faultline_search', ?)`, or null when the
 * text has no words. A word that folds to nothing (a lone mark) drops out of to_tsquery's result.
 */
export function tsqueryText(text: string): string | null {
  const phrases = ftsPhrases(text);
  return phrases.length === 0 ? null : tsqueryOfPhrases(phrases);
}

/** The text of a tsquery for FTS5 phrases as ftsPhrases writes them (every one must occur). */
export function tsqueryOfPhrases(phrases: readonly string[]): string {
  return phrases.map(term).join(' & ');
}

/** The SQL of the query, taking tsqueryText's answer as its one parameter. */
export const TSQUERY = "to_tsquery('faultline_search', ?)";

/**
 * A condition true only when PostgreSQL makes a lexeme of every word of `text`, with its
 * parameters. A word it makes none of (U+0BF0, Tamil ten, is no letter to its parser but a word
 * to SQLite's) drops out of to_tsquery's result with only a notice, and the query would match
 * more than SQLite's, not less; with this condition it matches nothing, as SQLite finds no
 * stored text holding a word PostgreSQL cannot index. The condition reads no row: PostgreSQL
 * tests it once per query.
 */
export function everyWordIndexable(text: string): { sql: string; params: string[] } {
  const words = ftsPhrases(text).map((phrase) => tsqueryOfPhrases([phrase]));
  return {
    sql: `(${words.map(() => `numnode(${TSQUERY}) > 0`).join(' AND ') || 'false'})`,
    params: words,
  };
}
