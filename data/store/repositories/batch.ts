import { placeholders } from '../keyset';
import type { Sql } from '../sql';

/** Rows found for `values`, aligned with them (null where missing): DataLoader's shape. */
function aligned<Raw, Row, V>(
  raws: Raw[],
  values: readonly V[],
  keyOf: (raw: Raw) => V,
  map: (raw: Raw) => Row,
) {
  const found = new Map<V, Row>();
  for (const raw of raws) found.set(keyOf(raw), map(raw));
  return values.map((v) => found.get(v) ?? null);
}

/** Rows found for `values`, a list for each value in the order asked. */
function grouped<Raw, Row, V>(
  raws: Raw[],
  values: readonly V[],
  keyOf: (raw: Raw) => V,
  map: (raw: Raw) => Row,
) {
  const groups = new Map<V, Row[]>();
  for (const raw of raws) {
    const key = keyOf(raw);
    const list = groups.get(key);
    if (list) list.push(map(raw));
    else groups.set(key, [map(raw)]);
  }
  return values.map((v) => groups.get(v) ?? []);
}

const inList = (sqlBeforeIn: string, n: number) => `${sqlBeforeIn} IN ${placeholders(n)}`;
const idList = (text: string, n: number) => text.replace('(:ids)', placeholders(n));

/**
 * `values` grown to the next power of two by repeating the last, which an IN list reads as the
 * same set: every length of list would otherwise be a statement of its own to prepare and keep
 * (two thousand keys can be asked for), and a dozen lengths serve every list.
 */
function padded<V>(values: readonly V[]): readonly V[] {
  const size = 2 ** Math.ceil(Math.log2(values.length));
  return size === values.length
    ? values
    : [...values, ...Array<V>(size - values.length).fill(values.at(-1)!)];
}

export const parseList = (json: string): string[] => JSON.parse(json) as string[];

/** alignedBy through a runner of either engine. */
export async function alignedOn<Raw, Row, V>(
  sql: Sql,
  sqlBeforeIn: string,
  values: readonly V[],
  keyOf: (raw: Raw) => V,
  map: (raw: Raw) => Row,
): Promise<(Row | null)[]> {
  if (values.length === 0) return [];
  const asked = padded(values);
  return aligned(await sql.all<Raw>(inList(sqlBeforeIn, asked.length), asked), values, keyOf, map);
}

/** groupedBy through a runner of either engine. */
export async function groupedOn<Raw, Row, V>(
  sql: Sql,
  text: string,
  values: readonly V[],
  keyOf: (raw: Raw) => V,
  map: (raw: Raw) => Row,
): Promise<Row[][]> {
  if (values.length === 0) return [];
  const asked = padded(values);
  return grouped(await sql.all<Raw>(idList(text, asked.length), asked), values, keyOf, map);
}

/** A table's lookups by id and by key, both batched and aligned (DataLoader's shape). */
export function keyedLookupsOn<Raw extends { id: number; key: string }, Row>(
  sql: Sql,
  columns: string,
  /** "table alias", e.g. "actors a". */
  from: string,
  map: (raw: Raw) => Row,
) {
  const alias = from.trim().split(/\s+/)[1] ?? from;
  const select = `SELECT ${columns} FROM ${from} WHERE ${alias}`;
  return {
    byIds: (ids: readonly number[]) => alignedOn(sql, `${select}.id`, ids, (r: Raw) => r.id, map),
    byKeys: (keys: readonly string[]) => alignedOn(sql, `${select}.key`, keys, (r: Raw) => r.key, map),
  };
}
