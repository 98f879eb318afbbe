/**
 * Keyset pagination: pages continue from the last row's sort key, never by OFFSET, so a
 * deep page costs what the first one does. Every order ends in the row id as tie-breaker.
 */
import type { PageCount, StorePage } from './rows';
import type { Sql } from './sql';

const CURSOR_DOES_NOT_FIT = 'CursorDoesNotFit';

/** A cursor's position that cannot be one of this list's (forged, or another order's). */
export class CursorDoesNotFit extends Error {
  constructor() {
    super('The cursor is not one of this list: use a cursor this list returned.');
    this.name = CURSOR_DOES_NOT_FIT;
  }
}

/**
 * Whether `error` is a CursorDoesNotFit, told by its name: the app's store may have been made by
 * another bundle's copy of this module, whose class is not this one.
 */
export const isCursorMisfit = (error: unknown): error is CursorDoesNotFit =>
  error instanceof Error && error.name === CURSOR_DOES_NOT_FIT;

/** PostgreSQL's class 22, data exception: a value that cannot be read as its column's type. */
const isDataException = (error: unknown) =>
  typeof (error as { code?: unknown }).code === 'string' && (error as { code: string }).code.startsWith('22');

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
  /**
   * Position the page starts from, exclusive: forward, the previous page's last row (from
   * positionOf); backward, the next page's first row. Null: the list's start, or its end.
   */
  start: unknown[] | null;
  /** How many rows the page holds at most. */
  size: number;
  /** Read the `size` rows before `start` (a `last`/`before` page); they still come back in list order. */
  backward?: boolean;
  map: (raw: Raw) => Row;
  positionOf: (row: Raw) => unknown[];
  /**
   * How to count the list when the page's own conditions are not the cheap way to: other
   * conditions selecting the same rows, and a cap past which counting stops (the total is then
   * "at least" the cap). Without it the page's conditions are counted to the end.
   */
  count?: { from?: string; where: string[]; params: unknown[]; cap: number | null };
}

/** The page's query, and how to read the rows it returns. */
function pageQuery<Raw, Row>(q: KeysetQuery<Raw, Row>): { text: string; params: unknown[] } {
  const conditions = [...q.where];
  const params = [...q.params];
  // A backward page walks the same index the other way: the order and the comparison flip,
  // and the rows are turned round again before they are returned.
  const walk = q.backward ? (q.direction === 'DESC' ? 'ASC' : 'DESC') : q.direction;
  if (q.start) {
    if (q.start.length !== q.orderBy.length) throw new CursorDoesNotFit();
    const op = walk === 'DESC' ? '<' : '>';
    // A position compares as its column does: a case-blind column, case-blind.
    const positions = q.orderBy.map((expr) => (/ COLLATE NOCASE$/.test(expr) ? '? COLLATE NOCASE' : '?'));
    conditions.push(`(${q.orderBy.join(', ')}) ${op} (${positions.join(', ')})`);
    params.push(...q.start);
  }
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  const order = q.orderBy.map((expr) => `${expr} ${walk}`).join(', ');
  return {
    text: `SELECT ${q.select} FROM ${q.from} ${where} ORDER BY ${order} LIMIT ?`,
    params: [...params, q.size + 1],
  };
}

/** The count of a page's list: its SQL and parameters, and the cap past which it stops. */
function countQuery<Raw, Row>(
  q: KeysetQuery<Raw, Row>,
): { text: string; params: unknown[]; cap: number | null } {
  const counting = q.count ?? { from: q.from, where: q.where, params: q.params, cap: null };
  const where = counting.where.length ? `WHERE ${counting.where.join(' AND ')}` : '';
  const from = counting.from ?? q.from;
  return counting.cap === null
    ? { text: `SELECT count(*) AS n FROM ${from} ${where}`, params: counting.params, cap: null }
    : {
        text: `SELECT count(*) AS n FROM (SELECT 1 FROM ${from} ${where} LIMIT ?) AS capped`,
        params: [...counting.params, counting.cap + 1],
        cap: counting.cap,
      };
}

/** keysetPage through a runner of either engine. */
export async function keysetPageOn<Raw, Row>(sql: Sql, q: KeysetQuery<Raw, Row>): Promise<StorePage<Row>> {
  const { text, params } = pageQuery(q);
  const raws = await sql.all<Raw>(text, params).catch((error: unknown) => {
    // A position of the wrong type (text where the order is a number) is refused by PostgreSQL
    // as a data exception; SQLite compares it as it is. Either way the cursor is not this list's.
    if (q.start && isDataException(error)) throw new CursorDoesNotFit();
    throw error;
  });
  // One row past the page says whether the list goes on in the direction read.
  const more = raws.length > q.size;
  const kept = raws.slice(0, q.size);
  const backward = q.backward ?? false;
  if (backward) kept.reverse();
  const positions = new Map<Row, unknown[]>();
  const rows = kept.map((raw) => {
    const row = q.map(raw);
    positions.set(row, q.positionOf(raw));
    return row;
  });
  let total: Promise<PageCount> | undefined;
  const count = async (): Promise<PageCount> => {
    const counting = countQuery(q);
    // Counting a filter visits every matching row (up to the cap); the answer holds until the data changes.
    const value = await sql.memo(`${counting.text}|${JSON.stringify(counting.params)}`, async () =>
      Number(await sql.value<number>(counting.text, counting.params)),
    );
    return counting.cap !== null && value > counting.cap
      ? { value: counting.cap, bound: 'AT_LEAST' }
      : { value, bound: 'EXACT' };
  };
  return {
    rows,
    // The row a cursor names was there when the cursor was read: the list goes on past it.
    hasNextPage: backward ? q.start !== null : more,
    hasPreviousPage: backward ? more : q.start !== null,
    positionOf: (row) => positions.get(row) ?? [],
    totalCount: async () => (await (total ??= count())).value,
    totalCountBound: async () => (await (total ??= count())).bound,
  };
}

/** "(?, ?, ?)" for an IN list of n values. */
export function placeholders(n: number): string {
  return `(${Array.from({ length: n }, () => '?').join(', ')})`;
}
