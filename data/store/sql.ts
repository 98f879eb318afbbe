/**
 * How repositories reach a database: SQL written once, with `?` placeholders, run on SQLite or
 * on PostgreSQL. Each engine answers with Promises (PostgreSQL is across a socket). Where the
 * dialects differ, a repository asks `dialect` and writes each engine's SQL; the PostgreSQL
 * runner also rewrites the few spellings it can safely rewrite (see pg/dialect.ts).
 */
import type { Db } from './open';
import { prepared } from './prepared';
import { dataVersion, requestVersion } from './version';
import { createPromiseLru } from '../lru';

export type Dialect = 'sqlite' | 'postgres';

/** How a statement is run, where the engines differ. */
export interface QueryOptions {
  /**
   * PostgreSQL plans the statement anew for each call's parameters instead of keeping a plan:
   * for a query whose best plan turns on a parameter (a word in ten rows, read through its
   * index, or in a million, read newest first), where a plan kept for any value could read a
   * whole table. SQLite plans without the values either way.
   */
  planForValues?: boolean;
}

export interface Sql {
  readonly dialect: Dialect;
  /** Every row of a query. */
  all<Row>(text: string, params?: readonly unknown[], options?: QueryOptions): Promise<Row[]>;
  /** The first row of a query, if any. */
  get<Row>(text: string, params?: readonly unknown[]): Promise<Row | undefined>;
  /** The first column of the first row (a count, a total), if any. */
  value<V>(text: string, params?: readonly unknown[]): Promise<V | undefined>;
  /** Changes whenever the stored data does: the key of caches of derived answers. */
  version(): Promise<string>;
  /** The data version one request reads at (others' commits read once; its own writes always). */
  requestVersion(): () => Promise<string>;
  /**
   * A value derived from the stored data (a count, a total), computed once per data version:
   * repeated dashboard questions cost a lookup until the next write.
   */
  memo<T>(key: string, compute: () => Promise<T>): Promise<T>;
}

// Counts and totals are small: many can be kept. Keys carry a query's SQL and parameters (a
// text filter can be a megabyte), so the cache keeps their hash and weighs its values.
const memos = createPromiseLru<unknown>({
  maxEntries: 512,
  maxBytes: 4 * 1024 * 1024,
  sizeOf: approximateBytes,
});

/** A count is a number; anything else is weighed by its JSON text. */
function approximateBytes(value: unknown): number {
  return typeof value === 'number' ? 8 : 2 * (JSON.stringify(value)?.length ?? 0);
}

/** A value kept per data version; `version` must differ between databases (it names its connection). */
export async function memoAt<T>(version: string, key: string, compute: () => Promise<T>): Promise<T> {
  return memos.get(`${version}|${key}`, compute) as Promise<T>;
}

/** Runs `read` at once and hands its answer, or its error, over as a settled Promise. */
function settled<T>(read: () => T): Promise<T> {
  try {
    return Promise.resolve(read());
  } catch (error) {
    return Promise.reject(error as Error);
  }
}

/** The first column of a row, if there is a row. */
export const firstColumn = (row: unknown): unknown =>
  row === undefined ? undefined : Object.values(row as Record<string, unknown>)[0];

const runners = new WeakMap<Db, Sql>();

/** SQLite's runner: statements kept prepared per connection, answers at once. */
export function sqliteSql(db: Db): Sql {
  let runner = runners.get(db);
  if (runner) return runner;
  runner = {
    dialect: 'sqlite',
    all: <Row>(text: string, params: readonly unknown[] = []) =>
      settled(() => prepared(db, text).all(...params) as Row[]),
    get: <Row>(text: string, params: readonly unknown[] = []) =>
      settled(() => prepared(db, text).get(...params) as Row | undefined),
    value: <V>(text: string, params: readonly unknown[] = []) =>
      settled(() => firstColumn(prepared(db, text).get(...params)) as V | undefined),
    version: () => settled(() => dataVersion(db)),
    requestVersion: () => requestVersion(db),
    memo: <T>(key: string, compute: () => Promise<T>) =>
      settled(() => dataVersion(db)).then((version) => memoAt(version, key, compute)),
  };
  runners.set(db, runner);
  return runner;
}
