import { visibleText } from './visible-text';

/**
 * What a statement says, as compared when looking for a second copy of it: its quote, or its
 * summary when it has no quote. Differences a reader would not count as other words are not
 * told apart: compatibility forms (NFKC: full-width "Ｗｅ" is "We"), invisible format
 * characters and spacing (see visibleText), letter case, and punctuation at the end ("We will
 * not be intimidated." and "we will  not be\nintimidated" are one).
 */
export function statementWords(text: string): string {
  // Upper then lower case folds letters that have no one-letter lower form ("STRASSE", "Straße").
  const folded = visibleText(text.normalize('NFKC')).toUpperCase().toLowerCase();
  return folded.replace(/[\p{P}\s]+$/u, '');
}
