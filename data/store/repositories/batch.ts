import type { Db } from '../open';
import { placeholders } from '../keyset';
import { prepared } from '../prepared';
import type { Sql } from '../sql';

/**
 * Reads rows whose `column` is among `values` in one statement and returns them aligned
 * with `values` (null where missing): the shape DataLoader batch functions return.
 */
export function alignedBy<Raw, Row, V>(
  db: Db,
  sqlBeforeIn: string,
  values: readonly V[],
  keyOf: (raw: Raw) => V,
  map: (raw: Raw) => Row,
): (Row | null)[] {
  if (values.length === 0) return [];
  const raws = prepared(db, `${sqlBeforeIn} IN ${placeholders(values.length)}`).all(...values) as Raw[];
  const found = new Map<V, Row>();
  for (const raw of raws) found.set(keyOf(raw), map(raw));
  return values.map((v) => found.get(v) ?? null);
}

/** Like alignedBy, but each value owns a list of rows (a statement's targets). */
export function groupedBy<Raw, Row, V>(
  db: Db,
  sql: string,
  values: readonly V[],
  keyOf: (raw: Raw) => V,
  map: (raw: Raw) => Row,
): Row[][] {
  if (values.length === 0) return [];
  const raws = prepared(db, sql.replace('(:ids)', placeholders(values.length))).all(...values) as Raw[];
  const groups = new Map<V, Row[]>();
  for (const raw of raws) {
    const key = keyOf(raw);
    const list = groups.get(key);
    if (list) list.push(map(raw));
    else groups.set(key, [map(raw)]);
  }
  return values.map((v) => groups.get(v) ?? []);
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
  const raws = await sql.all<Raw>(`${sqlBeforeIn} IN ${placeholders(values.length)}`, values);
  const found = new Map<V, Row>();
  for (const raw of raws) found.set(keyOf(raw), map(raw));
  return values.map((v) => found.get(v) ?? null);
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
  const raws = await sql.all<Raw>(text.replace('(:ids)', placeholders(values.length)), values);
  const groups = new Map<V, Row[]>();
  for (const raw of raws) {
    const key = keyOf(raw);
    const list = groups.get(key);
    if (list) list.push(map(raw));
    else groups.set(key, [map(raw)]);
  }
  return values.map((v) => groups.get(v) ?? []);
}

/** keyedLookups through a runner of either engine. */
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
