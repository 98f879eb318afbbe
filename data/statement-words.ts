/**
 * What a statement says, as compared when looking for a second copy of it: its quote, or its
 * summary when it has no quote, in Unicode NFC with letter case and runs of white space not
 * told apart ("We will  not be\nintimidated" and "we will not be intimidated" are one).
 */
export function statementWords(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
}
