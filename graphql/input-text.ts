/**
 * Characters no write may store: C0 and C1 control characters other than tab, line feed and
 * carriage return (they are invisible, break CSV and terminal output, and no source needs them),
 * and bidirectional embeddings, overrides and isolates left open or closed without an opening
 * (U+202A–U+202E, U+2066–U+2069): an unbalanced one reorders the text that follows it wherever
 * the record is shown, so a quote could be made to read as something else. Every write mutation
 * checks its whole input with writeTextProblem before anything else (graphql/resolvers/mutations.ts),
 * a record id for the key it decodes to too. (A NUL or half a surrogate pair in any input is
 * refused before the operation runs: graphql/input-bounds.ts.)
 */
import { globalIdKeyProblem } from './ids';

/** C0 controls but tab (09), line feed (0A) and carriage return (0D); DEL and the C1 block. */
const ALLOWED_CONTROLS = new Set([0x09, 0x0a, 0x0d]);
const isControl = (code: number) =>
  (code < 0x20 && !ALLOWED_CONTROLS.has(code)) || (code >= 0x7f && code <= 0x9f);

/** Opening embeddings and overrides (closed by PDF, U+202C) and isolates (closed by PDI, U+2069). */
const EMBEDDING_OPENERS = new Set(['\u202A', '\u202B', '\u202D', '\u202E']);
const ISOLATE_OPENERS = new Set(['\u2066', '\u2067', '\u2068']);
const POP_DIRECTIONAL_FORMATTING = '\u202C';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Why `text` may not be stored, in words naming the character and where it is; null when it may. */
export function textCharacterProblem(text: string): string | null {
  const open: { closer: string; char: string; at: number }[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (isControl(char.charCodeAt(0))) {
      return `holds a control character (${codePoint(char)}) at position ${i + 1}; only tab and line breaks are allowed`;
    }
    if (EMBEDDING_OPENERS.has(char)) open.push({ closer: POP_DIRECTIONAL_FORMATTING, char, at: i });
    else if (ISOLATE_OPENERS.has(char)) open.push({ closer: POP_DIRECTIONAL_ISOLATE, char, at: i });
    else if (char === POP_DIRECTIONAL_FORMATTING || char === POP_DIRECTIONAL_ISOLATE) {
      if (open.at(-1)?.closer !== char) {
        return `holds a direction mark (${codePoint(char)}) at position ${i + 1} that closes nothing opened before it`;
      }
      open.pop();
    }
  }
  const unclosed = open.at(-1);
  return unclosed
    ? `holds a direction mark (${codePoint(unclosed.char)}) at position ${unclosed.at + 1} that is never closed (by ${codePoint(unclosed.closer)})`
    : null;
}

export interface WriteTextProblem {
  field: string[];
  message: string;
  code: 'INVALID_INPUT';
}

/**
 * The first text in a write's input that holds a character no record may store, as a user
 * error naming its field (["input", "evidence", "excerpt"]; a list's items by the list's name).
 */
export function writeTextProblem(input: unknown, path: string[] = ['input']): WriteTextProblem | null {
  if (typeof input === 'string') {
    const problem = textCharacterProblem(input);
    return problem ? { field: path, code: 'INVALID_INPUT', message: `${path.at(-1)} ${problem}` } : null;
  }
  if (Array.isArray(input)) {
    for (const item of input) {
      const problem = writeTextProblem(item, path);
      if (problem) return problem;
    }
    return null;
  }
  if (input !== null && typeof input === 'object') {
    for (const [key, value] of Object.entries(input)) {
      const problem = writeTextProblem(value, [...path, key]) ?? recordIdProblem(key, value, path);
      if (problem) return problem;
    }
  }
  return null;
}

/** A record's id (a correction's input.id) is checked for the key it decodes to as well. */
function recordIdProblem(key: string, value: unknown, path: string[]): WriteTextProblem | null {
  const problem = key === 'id' && typeof value === 'string' ? globalIdKeyProblem(value) : null;
  return problem ? { field: [...path, key], code: 'INVALID_INPUT', message: `id ${problem}` } : null;
}
