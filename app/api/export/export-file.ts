/**
 * What a download is called and what its JSON holds. A file name says which list it is, what
 * it was filtered by and on which day (UTC) it was taken, so two downloads never overwrite each
 * other by accident: `statements-nikolay-nozdrev-2026-11-30.csv`. The JSON twin of the CSV
 * keeps list fields as arrays and records the filter and the moment of the export.
 */
import type { Cell, Row } from './csv';

/** A field of an exported record: lists (targets, topics, actors) stay lists until CSV. */
export type ExportValue = Cell | string[];
export type ExportRecord<C extends string = string> = Record<C, ExportValue>;

/** The filters an export applied, by the URL parameter names, in the order the export read them. */
export type AppliedFilter = Record<string, string | string[]>;

/** How CSV writes a list field: the values joined by "; ", as it always has. */
export const LIST_SEPARATOR = '; ';

export function toCsvRows<C extends string>(records: readonly ExportRecord<C>[]): Row<C>[] {
  return records.map(
    (record) =>
      Object.fromEntries(
        Object.entries(record).map(([column, value]) => [
          column,
          Array.isArray(value) ? value.join(LIST_SEPARATOR) : value,
        ]),
      ) as Row<C>,
  );
}

/** Letters and digits only, lower case, accents dropped: "Nozdrev, N." becomes "nozdrev-n". */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Longest filter part of a file name; a longer one is cut at a word. */
const MAX_FILTER_PART = 80;

/**
 * `<list>[-<filter>]-<YYYY-MM-DD>.<format>`. The list's own subject (its `subject` parameter:
 * the speaker of statements, the actor of events, the regime of designations) appears as its
 * value alone; any other filter is named, `stance-hostile`, `from-2025-04`.
 */
export function exportFileName(
  list: string,
  filter: AppliedFilter,
  exportedAt: Date,
  format: 'csv' | 'json',
  subject?: string,
): string {
  const parts = Object.entries(filter).flatMap(([name, value]) => {
    const values = (Array.isArray(value) ? value : [value]).map(slug).filter((v) => v !== '');
    if (values.length === 0) return [];
    return name === subject ? values : [slug(name), ...values];
  });
  let filterPart = parts.join('-');
  if (filterPart.length > MAX_FILTER_PART) {
    const cut = filterPart.slice(0, MAX_FILTER_PART + 1);
    filterPart = cut.slice(0, Math.max(cut.lastIndexOf('-'), 1)).replace(/-+$/, '');
  }
  const day = exportedAt.toISOString().slice(0, 10);
  return [list, filterPart, day].filter((p) => p !== '').join('-') + `.${format}`;
}

/** The JSON download: which list, with which filter, when, how many, then the records. */
export function exportDocument(
  list: string,
  filter: AppliedFilter,
  exportedAt: Date,
  records: readonly ExportRecord[],
) {
  return { list, filter, exportedAt: exportedAt.toISOString(), count: records.length, records };
}
