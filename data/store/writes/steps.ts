/**
 * Writes as steps, with no database in them: a write is a generator that yields the queries it
 * needs and is handed each one's answer, so the same code writes to SQLite synchronously (inside
 * better-sqlite3's transaction, ./run-sync.ts) and to PostgreSQL across a socket
 * (../pg/run-writes.ts). SQL is written once with `?` placeholders, as the read side's is
 * (../sql.ts); a write that must differ per engine is built with its `Dialect`.
 */
import type { Dialect } from '../sql';

export type WriteQuery =
  | { kind: 'get' | 'all' | 'run' | 'insert'; text: string; params: readonly unknown[] }
  /** Statements whose answers the write does not need (a record's child rows), in order. */
  | { kind: 'batch'; runs: readonly Runs[] };

/** One statement, run once per list of parameters in `rows`, in order. */
export interface Runs {
  text: string;
  rows: readonly (readonly unknown[])[];
}

/**
 * Whether a query changes stored data. The runners note each such write, so that caches of
 * answers derived from the data are not read as they were (../version.ts).
 */
export const changesData = (query: WriteQuery) => query.kind !== 'get' && query.kind !== 'all';

/** A write whose result is T, written as a generator. */
export type Gen<T> = Generator<WriteQuery, T, unknown>;

/** What the runners run: a generator, or a single step. */
export type Write<T> = Iterator<WriteQuery, T, unknown>;

/** Where writes run: one engine's connection, and the transaction each write gets there. */
export interface WriteRunner {
  readonly dialect: Dialect;
  /**
   * Runs the write `makeWrite` gives in one transaction, which holds the write lock from its
   * start (no other write runs until it ends), commits when the write returns and rolls back
   * when it throws.
   */
  transact<T>(makeWrite: () => Write<T>): Promise<T>;
}

/**
 * One query as a step of its own, for `yield*`: an iterator that yields the query once and
 * returns its answer. A generator would do the same, but a load runs millions of steps and a
 * generator object per step cost it a tenth more.
 */
class Step<T> implements IterableIterator<WriteQuery, T, unknown> {
  private asked = false;
  constructor(private readonly query: WriteQuery) {}
  [Symbol.iterator]() {
    return this;
  }
  next(answer?: unknown): IteratorResult<WriteQuery, T> {
    if (this.asked) return { done: true, value: answer as T };
    this.asked = true;
    return { done: false, value: this.query };
  }
  // A failed query is thrown into the write at its `yield*`, as into a generator.
  throw(error: unknown): IteratorResult<WriteQuery, T> {
    throw error;
  }
  return(value: T): IteratorResult<WriteQuery, T> {
    return { done: true, value };
  }
}

/** The first row of a query, if any. */
export const get = <Row>(text: string, params: readonly unknown[] = []) =>
  new Step<Row | undefined>({ kind: 'get', text, params });

/** Every row of a query. */
export const all = <Row>(text: string, params: readonly unknown[] = []) =>
  new Step<Row[]>({ kind: 'all', text, params });

/** Runs an UPDATE or DELETE (or an INSERT whose id is not needed); says how many rows it changed. */
export const run = (text: string, params: readonly unknown[] = []) =>
  new Step<{ changes: number }>({ kind: 'run', text, params });

/**
 * Runs each of `runs` in order, in one step rather than one per row: a record's child rows (a
 * bulk load writes millions).
 */
export const batch = (runs: readonly Runs[]) => new Step<void>({ kind: 'batch', runs });

/** Runs `text` once with each of `rows` as its parameters. */
export const runEach = (text: string, rows: readonly (readonly unknown[])[]) => batch([{ text, rows }]);

/** Runs an INSERT into a table with an integer `id` and returns the new row's id. */
export const insert = (text: string, params: readonly unknown[] = []) =>
  new Step<number>({ kind: 'insert', text, params });
