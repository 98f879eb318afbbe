/**
 * How long a record's fields may be, in characters (JavaScript string length, once trimmed): a
 * name, title or label (short), a summary, quote, excerpt or note (long), a URL, a key, and the
 * items of any list; and the intake's pasted text. Plain numbers with no imports, so that the
 * dataset's rules (data/ingest/dataset-schema.ts) and the desk's forms, which give each field
 * its limit as maxLength and check it before sending, read the same ones.
 */
export const FIELD_LIMITS = {
  shortText: 500,
  longText: 5_000,
  url: 2_048,
  listItems: 100,
  key: 200,
} as const;

/** Longest text the intake reads: a long interview write-up, well under the request's size cap. */
export const MAX_INTAKE_TEXT_LENGTH = 100_000;

/** Whether a text is longer than any record's key may be: no record has it, so none is looked up. */
export const longerThanAnyKey = (key: string) => key.length > FIELD_LIMITS.key;

/** Said of an input holding a NUL: PostgreSQL cannot store one in text, so no record holds one. */
export const HOLDS_NUL = 'holds a NUL character (U+0000), which no stored text contains';

/**
 * Whether no record can have this key, so a page answers 404 without looking it up: longer than
 * any key, or holding a NUL, which no stored text holds and the API refuses as a bad argument.
 */
export const noRecordHasKey = (key: string) => longerThanAnyKey(key) || key.includes('\u0000');

/**
 * A text with its line breaks as "\n": "\r\n" (a browser's form, a Windows file) and a lone "\r"
 * are the same break, so the same words written on another system are the same text, and a limit
 * counts the characters a reader sees.
 */
export const unixLineBreaks = (text: string) => text.replace(/\r\n?/g, '\n');
