/**
 * Keyset pagination: pages continue from the last row's sort key, never by OFFSET, so a
 * deep page costs what the first one does. Every order ends in the row id as tie-breaker.
 */
import type { Db } from './open';
import type { Page } from './rows';
import { memoByVersion } from './version';

export interface KeysetQuery<Raw, Row> {
  /** Columns to read, e.g. "s.id, s.key, ...". */
  select: string;
  /** FROM clause with joins, e.g. "statements s". */
  from: string;
  /** Filter conditions, ANDed; each may use `?` placeholders. */
  where: string[];
  params: unknown[];
  /** Sort expressions, the last being the unique id; all in one direction. */
  orderBy: string[];
  direction: 'ASC' | 'DESC';
  /** Position to continue after, as given by positionOf of the previous page's last row. */
  after: unknown[] | null;
  first: number;
  map: (raw: Raw) => Row;
  positionOf: (row: Raw) => unknown[];
}

export function keysetPage<Raw, Row>(db: Db, q: KeysetQuery<Raw, Row>): Page<Row> {
  const conditions = [...q.where];
  const params = [...q.params];
  if (q.after) {
    if (q.after.length !== q.orderBy.length) throw new RangeError('cursor does not fit this list');
    const op = q.direction === 'DESC' ? '<' : '>';
    conditions.push(`(${q.orderBy.join(', ')}) ${op} (${q.orderBy.map(() => '?').join(', ')})`);
    params.push(...q.after);
  }
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  const order = q.orderBy.map((expr) => `${expr} ${q.direction}`).join(', ');
  const raws = db
    .prepare(`SELECT ${q.select} FROM ${q.from} ${where} ORDER BY ${order} LIMIT ?`)
    .all(...params, q.first + 1) as Raw[];
  const hasNextPage = raws.length > q.first;
  const kept = raws.slice(0, q.first);
  const positions = new Map<Row, unknown[]>();
  const rows = kept.map((raw) => {
    const row = q.map(raw);
    positions.set(row, q.positionOf(raw));
    return row;
  });
  const filterWhere = q.where.length ? `WHERE ${q.where.join(' AND ')}` : '';
  let total: number | undefined;
  return {
    rows,
    hasNextPage,
    hasPreviousPage: q.after !== null,
    positionOf: (row) => positions.get(row) ?? [],
    totalCount: () => {
      const sql = `SELECT count(*) FROM ${q.from} ${filterWhere}`;
      // Counting a filter visits every matching row; the answer holds until the data changes.
      return (total ??= memoByVersion(
        db,
        `${sql}|${JSON.stringify(q.params)}`,
        () =>
          db
            .prepare(sql)
            .pluck()
            .get(...q.params) as number,
      ));
    },
  };
}

/** "(?, ?, ?)" for an IN list of n values. */
export function placeholders(n: number): string {
  return `(${Array.from({ length: n }, () => '?').join(', ')})`;
}
