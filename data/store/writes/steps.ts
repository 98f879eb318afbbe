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

/** The first row of a query, if any. */
export function* get<Row>(text: string, params: readonly unknown[] = []): Gen<Row | undefined> {
  return (yield { kind: 'get', text, params }) as Row | undefined;
}

/** Every row of a query. */
export function* all<Row>(text: string, params: readonly unknown[] = []): Gen<Row[]> {
  return (yield { kind: 'all', text, params }) as Row[];
}

/** Runs an UPDATE or DELETE (or an INSERT whose id is not needed); says how many rows it changed. */
export function* run(text: string, params: readonly unknown[] = []): Gen<{ changes: number }> {
  return (yield { kind: 'run', text, params }) as { changes: number };
}

/**
 * Runs `text` once with each of `rows` as its parameters: a record's child rows, in one step
 * rather than one per row (a bulk load writes millions).
 */
export function* runEach(text: string, rows: readonly (readonly unknown[])[]): Gen<void> {
  if (rows.length) yield { kind: 'runEach', text, rows };
}

/** Runs an INSERT into a table with an integer `id` and returns the new row's id. */
export function* insert(text: string, params: readonly unknown[] = []): Gen<number> {
  return (yield { kind: 'insert', text, params }) as number;
}

export function* wrote(): Gen<void> {
  yield { kind: 'wrote' };
}
