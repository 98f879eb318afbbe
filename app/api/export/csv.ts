/**
 * CSV as RFC 4180 writes it: a header row, CRLF between records, and a field quoted when it
 * holds a comma, a double quote, CR or LF, with inner quotes doubled. UTF-8, no byte-order mark
 * (the charset travels in the Content-Type header, and a BOM would glue itself to the first
 * header name for most parsers).
 */

/** A cell as the export holds it: the JSON twin carries the same values. */
export type Cell = string | number | null;

export type Row<C extends string = string> = Record<C, Cell>;

/**
 * Spreadsheet formula injection (CSV injection): Excel, LibreOffice and Google Sheets run a cell
 * that starts with `=`, `+`, `-` or `@` (and, via some importers, tab or CR) as a formula, so a
 * quote or a designee name such as `=HYPERLINK(...)` could act when an analyst opens the file.
 * Such a text cell gets a leading apostrophe, which spreadsheets read as "this is text" and do
 * not display (OWASP's advice). Numbers are left alone: `-6` is data, not a formula, and the
 * apostrophe would turn it into text. The JSON export is not for spreadsheets and keeps values
 * as they are.
 */
export function neutraliseFormula(text: string): string {
  const inner = text.replace(EMBEDDED_FORMULA, "$1'");
  if (!/^[=+\-@\t\r]/.test(inner)) return inner;
  if (/^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(inner)) return inner;
  return `'${inner}`;
}

/**
 * A formula after a `;`, `|` or tab: a spreadsheet that splits on that character (`;` is the
 * separator in many locales) makes a cell of what follows, and runs it. The apostrophe goes
 * after the separator, so every piece of the text, however it is split, starts as text. A bare
 * number after it (`; -6`) is data and is left alone.
 */
const EMBEDDED_FORMULA =
  /(?<=.)([;|\t][ ]*)(?=[=+\-@])(?![+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?[ ]*(?:[;|\t]|$))/gs;

/** One field, neutralised and quoted as RFC 4180 requires. */
export function csvField(value: Cell): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: the header row, then one record per row, each line ended by CRLF. */
export function toCsv<C extends string>(columns: readonly C[], rows: readonly Row<C>[]): string {
  const lines = [columns.map((c) => csvField(c)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c])).join(','));
  return lines.map((line) => `${line}\r\n`).join('');
}

/**
 * Reads RFC 4180 text back into records of fields (quotes undone). The tests use it to check
 * the export; it is the inverse of `toCsv` for every text `toCsv` writes.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i += 1;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 1;
    } else field += ch;
    i += 1;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}
