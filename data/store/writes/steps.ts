/**
 * Writes as steps, with no database in them: a write is a generator that yields the queries it
 * needs and is handed each one's answer, so the same code writes to SQLite synchronously (inside
 * better-sqlite3's transaction, ./run-sync.ts) and to PostgreSQL across a socket
 * (../pg/run-writes.ts). SQL is written once with `?` placeholders, as the read side's is
 * (../sql.ts); a write that must differ per engine is built with its `Dialect`.
 */
export type WriteQuery =
  | { kind: 'get' | 'all' | 'run' | 'insert'; text: string; params: readonly unknown[] }
  /** One statement run once per list of parameters, in order (the child rows of a record). */
  | { kind: 'runEach'; text: string; rows: readonly (readonly unknown[])[] }
  /** The write changes stored data: caches of derived answers must not be read as they are. */
  | { kind: 'wrote' };

/** A write whose result is T. */
export type Gen<T> = Generator<WriteQuery, T, unknown>;

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
 * Runs `text` once with each of `rows` as its parameters: a record's child rows, in one step
 * rather than one per row (a bulk load writes millions).
 */
export const runEach = (text: string, rows: readonly (readonly unknown[])[]) =>
  new Step<void>({ kind: 'runEach', text, rows });

/** Runs an INSERT into a table with an integer `id` and returns the new row's id. */
export const insert = (text: string, params: readonly unknown[] = []) =>
  new Step<number>({ kind: 'insert', text, params });

export const wrote = () => new Step<void>({ kind: 'wrote' });
