/**
 * Relay connections over keyset pages. A cursor names its list and the row's sort
 * position, so a cursor from another list, or a forged one, is refused instead of
 * silently returning the wrong page.
 */
import type { Page } from '../data/store/rows';
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

/** The sort position an `after` cursor continues from, or null for the first page. */
export function decodeCursor(
  list: string,
  after: string | null | undefined,
  arity: number,
): unknown[] | null {
  if (after == null) return null;
  const invalid = () =>
    badArgument('after', 'is not a cursor of this list; use an endCursor this list returned');
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
  if (!Number.isInteger(last) || !position.every((v) => typeof v === 'string' || typeof v === 'number')) {
    throw invalid();
  }
  return position;
}

export interface ConnectionValue<T> {
  page: Page<T>;
  list: string;
}

export function connection<T>(list: string, page: Page<T>): ConnectionValue<T> {
  return { page, list };
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
