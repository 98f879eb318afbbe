/**
 * Quoted passages in a text, by their quotation marks. Wire copy mixes straight and curly
 * marks (even within one quote: “adequate measures"), so any closing mark ends an open quote.
 * A quote left open at the end of a paragraph is closed there only when the next paragraph
 * opens another (the wire convention for a quote running over paragraphs); otherwise it is
 * unbalanced and dropped rather than guessed at.
 */

/** One quoted passage: `start`..`end` are the words (trimmed), `open`/`close` the marks. */
export interface QuotedSpan {
  open: number;
  start: number;
  end: number;
  close: number;
}

const ALWAYS_OPENS = new Set(['“', '„', '«']);
const ALWAYS_CLOSES = new Set(['”', '»']);

/** A straight mark opens when nothing word-like sits right before it. */
function straightOpens(text: string, at: number): boolean {
  const before = at === 0 ? ' ' : text[at - 1]!;
  const after = text[at + 1] ?? ' ';
  return /[\s([{—–-]/.test(before) && !/\s/.test(after);
}

/** The words between the marks, without the spaces or the comma the writer put before closing. */
function trimmed(text: string, open: number, close: number): QuotedSpan | null {
  let start = open + 1;
  let end = close;
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end -= 1;
  return end > start ? { open, start, end, close } : null;
}

/** Whether the paragraph after the line break at `at` starts with an opening mark. */
function nextParagraphOpensQuote(text: string, at: number): boolean {
  const rest = /^\s*(\S)/.exec(text.slice(at, at + 200));
  return rest !== null && (ALWAYS_OPENS.has(rest[1]!) || rest[1] === '"');
}

export function quotedSpans(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (open < 0) {
      if (ALWAYS_OPENS.has(c) || (c === '"' && straightOpens(text, i))) open = i;
      continue;
    }
    if (ALWAYS_CLOSES.has(c) || c === '"') {
      const span = trimmed(text, open, i);
      if (span) spans.push(span);
      open = -1;
    } else if (ALWAYS_OPENS.has(c)) {
      open = i; // the earlier mark was never closed: start again from this one
    } else if (c === '\n') {
      const span = nextParagraphOpensQuote(text, i) ? trimmed(text, open, i) : null;
      if (span) spans.push(span);
      open = -1;
    }
  }
  return spans;
}
