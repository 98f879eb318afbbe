/**
 * SQLite values written as lines of PostgreSQL's COPY text format: fields split by tabs, one row
 * per line, NULL as \N, and a backslash, tab, newline or carriage return in a text escaped by a
 * backslash (an unescaped one would end the field or the row, or start an escape).
 */

const SPECIAL = /[\\\t\n\r]/g;
const ESCAPED: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** Why a value cannot be written; the caller names the table, row and column. */
export class UncopyableValue extends Error {}

function field(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'string') {
    // PostgreSQL's text cannot hold a NUL character at all (SQLite's can).
    if (value.includes('\0'))
      throw new UncopyableValue('a text holding a NUL character, which PostgreSQL cannot store');
    return value.replace(SPECIAL, (c) => ESCAPED[c]!);
  }
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return String(value);
    return Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity';
  }
  if (typeof value === 'bigint') return String(value);
  // bytea's hex input, \x..., with its backslash escaped for COPY.
  if (Buffer.isBuffer(value)) return `\\\\x${value.toString('hex')}`;
  throw new UncopyableValue(`a value of type ${typeof value}`);
}

/** One row as a COPY text line, newline included; `columns` name its fields for errors. */
export function copyLine(values: readonly unknown[], columns: readonly string[]): string {
  let line = '';
  for (let i = 0; i < values.length; i += 1) {
    if (i > 0) line += '\t';
    try {
      line += field(values[i]);
    } catch (error) {
      if (error instanceof UncopyableValue) error.message = `${columns[i]} holds ${error.message}`;
      throw error;
    }
  }
  return `${line}\n`;
}
