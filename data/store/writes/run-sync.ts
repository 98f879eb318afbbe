/**
 * Runs a write (./steps.ts) on a better-sqlite3 connection: each query is answered at once, so
 * the write stays synchronous and runs whole inside the caller's `db.transaction`.
 */
import type { Statement } from 'better-sqlite3';
import type { Db } from '../open';
import { noteWrite } from '../version';
import { changesData, type Write, type WriteQuery, type WriteRunner } from './steps';

// The writes' statements are few and fixed (a table's columns, a child table's insert), and a
// bulk load runs each millions of times: they are kept per connection apart from the read
// side's least-recently-used cache (../prepared.ts), whose upkeep on every call cost a load 2%.
const MAX_KEPT = 512;
const kept = new WeakMap<Db, Map<string, Statement>>();

function prepared(db: Db, text: string): Statement {
  let statements = kept.get(db);
  if (!statements) kept.set(db, (statements = new Map()));
  let statement = statements.get(text);
  if (!statement) {
    if (statements.size >= MAX_KEPT) statements.clear();
    statements.set(text, (statement = db.prepare(text)));
  }
  return statement;
}

function answer(db: Db, query: WriteQuery, onWrite: (db: Db) => void): unknown {
  if (changesData(query)) onWrite(db);
  if (query.kind === 'batch') {
    for (const { text, rows } of query.runs) {
      const statement = prepared(db, text);
      for (const params of rows) statement.run(...params);
    }
    return undefined;
  }
  const statement = prepared(db, query.text);
  switch (query.kind) {
    case 'get':
      return statement.get(...query.params);
    case 'all':
      return statement.all(...query.params);
    case 'run':
      return { changes: statement.run(...query.params).changes };
    case 'insert':
      return Number(statement.run(...query.params).lastInsertRowid);
  }
}

/**
 * Runs `write` on `db` at once; `onWrite` is told of each query that changes stored data (by
 * default, the data version's counter of this connection's writes).
 */
export function runSync<T>(db: Db, write: Write<T>, onWrite: (db: Db) => void = noteWrite): T {
  let step = write.next();
  while (!step.done) {
    let result: unknown;
    try {
      result = answer(db, step.value, onWrite);
    } catch (error) {
      // The write may catch a failed query (a constraint it expects) and go on.
      if (!write.throw) throw error;
      step = write.throw(error);
      continue;
    }
    step = write.next(result);
  }
  return step.value;
}

/**
 * Writes to `db`, each in an IMMEDIATE transaction: the write lock is taken before anything is
 * read. `onWrite` is told of each query that changes stored data, as runSync's is.
 */
export function sqliteWrites(db: Db, onWrite: (db: Db) => void = noteWrite): WriteRunner {
  return {
    dialect: 'sqlite',
    transact: <T>(makeWrite: () => Write<T>) =>
      new Promise<T>((resolve) =>
        resolve(db.transaction(() => runSync(db, makeWrite(), onWrite)).immediate()),
      ),
  };
}

/** `writes` with each write run at once on `db`: for callers that write to SQLite only. */
export type Synced<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => Write<infer R> ? (...args: A) => R : T[K];
};

export function synced<T extends object>(db: Db, writes: T): Synced<T> {
  return Object.fromEntries(
    Object.entries(writes).map(([name, value]) => [
      name,
      typeof value === 'function'
        ? (...args: unknown[]) => runSync(db, (value as (...a: unknown[]) => Write<unknown>)(...args))
        : value,
    ]),
  ) as Synced<T>;
}
