/**
 * Text as a reader sees it: Unicode NFC, with format characters (zero-width spaces and
 * joiners, soft hyphens, bidirectional marks: \p{Cf}) removed, since they change the string
 * but not what it says, and every run of white space read as one space, ends trimmed.
 */
export function visibleText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\p{Cf}+/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}
