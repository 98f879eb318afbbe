/**
 * Relay connections over keyset pages. A cursor names its list and the row's sort
 * position, so a cursor from another list, or a forged one, is refused instead of
 * silently returning the wrong page.
 */
import type { StorePage } from '../data/store/rows';
import { badArgument } from './errors';

export const MAX_PAGE_SIZE = 100;

/** Why `n` is no page size, or null when it is one. */
export function pageSizeProblem(n: number): string | null {
  return Number.isInteger(n) && n >= 1 && n <= MAX_PAGE_SIZE
    ? null
    : `must be between 1 and ${MAX_PAGE_SIZE}; got ${n}`;
}

export function pageSize(first: number | null | undefined, argument = 'first'): number {
  const n = first ?? 20;
  const problem = pageSizeProblem(n);
  if (problem) throw badArgument(argument, problem);
  return n;
}

export function encodeCursor(list: string, position: unknown[]): string {
  return Buffer.from(JSON.stringify([list, ...position]), 'utf8').toString('base64url');
}

/** The largest id a row can have: PostgreSQL's `integer`. */
const MAX_ROW_ID = 2_147_483_647;

/** The sort position a cursor continues from, or null for the list's first (or last) page. */

export function decodeCursor(
  list: string,
  after: string | null | undefined,
  arity: number,
  argument: 'after' | 'before' = 'after',
): unknown[] | null {
  if (after == null) return null;
  const invalid = () =>
    badArgument(
      argument,
      `is not a cursor of this list; use ${argument === 'after' ? 'an endCursor' : 'a startCursor'} this list returned`,
    );
  let parsed: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(after) || after.length > 2000) throw invalid();
    parsed = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed[0] !== list || parsed.length !== arity + 1) throw invalid();
  const position = parsed.slice(1);
  const last = position.at(-1);
  // The last position is a row id: a whole number that fits the id columns (32 bits on PostgreSQL).
  if (
    !Number.isInteger(last) ||
    Math.abs(last as number) > MAX_ROW_ID ||
    !position.every((v) => typeof v === 'string' || typeof v === 'number')
  ) {
    throw invalid();
  }
  return position;
}

/** Where a page lies in its list: `size` rows after `start`, or before it when `backward`. */
export interface PageWindow {
  start: unknown[] | null;
  size: number;
  backward: boolean;
}

/**
 * The page a connection's arguments ask for. Forward, `first` rows after `after` (the usual
 * way); backward, `last` rows before `before`, or the list's last `last` rows without it.
 * `first` has a default, so it cannot tell whether a caller wrote it: `last` wins.
 */
export function pageWindow(
  list: string,
  args: { first?: number | null; after?: string | null; last?: number | null; before?: string | null },
  arity = 2,
): PageWindow {
  const { first, after, last, before } = args;
  if (last == null) {
    if (before != null) throw badArgument('before', 'needs "last": how many items to return before it');
    return { start: decodeCursor(list, after, arity), size: pageSize(first), backward: false };
  }
  if (after != null) {
    throw badArgument('after', 'cannot be combined with "last"; page forward with "first" and "after"');
  }
  return { start: decodeCursor(list, before, arity, 'before'), size: pageSize(last, 'last'), backward: true };
}

export interface ConnectionValue<T> {
  page: StorePage<T>;
  list: string;
  /**
   * How many the list's filter matches with affiliates taken in, counted when asked; absent
   * where that filter would change nothing (no actor named, affiliates already in).
   */
  withAffiliated?: () => Promise<number>;
}

export function connection<T>(
  list: string,
  page: StorePage<T>,
  withAffiliated?: () => Promise<number>,
): ConnectionValue<T> {
  return withAffiliated ? { page, list, withAffiliated } : { page, list };
}

/** Shared resolvers for every *Connection type. */
export const connectionResolvers = {
  edges: <T>({ page, list }: ConnectionValue<T>) =>
    page.rows.map((node) => ({ node, cursor: encodeCursor(list, page.positionOf(node)) })),
  nodes: <T>({ page }: ConnectionValue<T>) => page.rows,
  pageInfo: <T>({ page, list }: ConnectionValue<T>) => {
    const first = page.rows[0];
    const last = page.rows.at(-1);
    return {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: first === undefined ? null : encodeCursor(list, page.positionOf(first)),
      endCursor: last === undefined ? null : encodeCursor(list, page.positionOf(last)),
    };
  },
  totalCount: <T>({ page }: ConnectionValue<T>) => page.totalCount(),
};
