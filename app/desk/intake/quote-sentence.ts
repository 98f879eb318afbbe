/**
 * The excerpt an accepted proposal is stored with: the sentence (or sentences) of the pasted
 * text that hold the quote, verbatim, so the quote is the source's words in their context.
 */
import { sentenceAt, sentenceSpans } from '@/data/intake/sentences';

export function quoteSentence(text: string, offset: number, length: number): string {
  const spans = sentenceSpans(text);
  if (spans.length === 0) return '';
  const first = spans[sentenceAt(spans, offset)]!;
  const last = spans[sentenceAt(spans, Math.max(offset, offset + length - 1))]!;
  return text.slice(first.start, last.end).trim();
}
