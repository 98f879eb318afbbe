/**
 * A statement driver's label. The speaker leads a quote ("Nikolay Nozdrev: “…”"); a summary
 * that already names the speaker ("Nozdrev warned that…") stands alone, instead of reading
 * "Nikolay Nozdrev: Nozdrev warned that…".
 */
export function statementDriverTitle(speaker: string, quote: string | null | undefined, summary: string) {
  if (quote) return `${speaker}: “${quote}”`;
  return namesSpeaker(summary, speaker) ? summary : `${speaker}: ${summary}`;
}

/** Whether `text` names the speaker, in full or by any one of the words of the name. */
function namesSpeaker(text: string, speaker: string): boolean {
  const words = new Set(text.split(/[^\p{L}\p{N}'-]+/u));
  return text.includes(speaker) || speaker.split(/\s+/).some((part) => part.length > 2 && words.has(part));
}
