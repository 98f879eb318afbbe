/**
 * Sentence spans of a text, for "the same or neighbouring sentences". A sentence ends at a
 * line break or at . ! ? (and any closing marks after it) followed by space and a capital, a
 * digit or an opening mark, except after a title or an initial ("Mr.", "U.S.", "A.").
 */
export interface Span {
  start: number;
  end: number;
}

const NOT_AN_END =
  /(?:\b\p{Lu}|\bMrs?|\bMs|\bDr|\bGen|\bCol|\bLt|\bSen|\bRep|\bGov|\bSt|\bJr|\bSr|\bNo|\bU\.S|\bU\.K|\bU\.N)$/u;

export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  const boundary = /[.!?][”"’»)]*(?=\s+[\p{Lu}\d“"«])|\n+/gu;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    if (m[0][0] !== '\n' && NOT_AN_END.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    const end = m.index + m[0].length;
    if (text.slice(start, end).trim()) spans.push({ start, end });
    start = end;
  }
  if (text.slice(start).trim()) spans.push({ start, end: text.length });
  return spans;
}

/** Index of the sentence holding `offset` (the last one when past the end). */
export function sentenceAt(spans: readonly Span[], offset: number): number {
  const i = spans.findIndex((s) => offset < s.end);
  return i < 0 ? spans.length - 1 : i;
}
