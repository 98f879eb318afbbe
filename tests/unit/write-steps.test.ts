/**
 * Writes are generators of queries (data/store/writes/steps.ts); runSync answers each on a
 * SQLite connection. A failed query is thrown into the write where it asked, so a write may
 * catch it; one it does not catch leaves runSync, and the caller's transaction rolls back.
 */
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../data/store/open';
import { runSync } from '../../data/store/writes/run-sync';
import { all, get, insert, run, runEach, type Gen } from '../../data/store/writes/steps';

function database() {
  const db = openDatabase(':memory:');
  db.exec('CREATE TABLE things (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, n INTEGER)');
  return db;
}

describe('a write run on SQLite', () => {
  it('gets each answer where it asked: rows, a row, changes and a new id', () => {
    const db = database();
    function* write(): Gen<unknown> {
      const first = yield* insert('INSERT INTO things (key, n) VALUES (?, ?)', ['a', 1]);
      yield* runEach('INSERT INTO things (key, n) VALUES (?, ?)', [
        ['b', 2],
        ['c', 3],
      ]);
      const changed = yield* run('UPDATE things SET n = n + 10 WHERE n > ?', [1]);
      const row = yield* get<{ key: string }>('SELECT key FROM things WHERE id = ?', [first]);
      const none = yield* get('SELECT key FROM things WHERE key = ?', ['z']);
      const rows = yield* all<{ key: string; n: number }>('SELECT key, n FROM things ORDER BY id');
      return { first, changed, row, none, rows };
    }
    expect(runSync(db, write())).toEqual({
      first: 1,
      changed: { changes: 2 },
      row: { key: 'a' },
      none: undefined,
      rows: [
        { key: 'a', n: 1 },
        { key: 'b', n: 12 },
        { key: 'c', n: 13 },
      ],
    });
  });

  it('throws a failed query into the write, which may catch it and go on', () => {
    const db = database();
    function* write(): Gen<string> {
      yield* run('INSERT INTO things (key) VALUES (?)', ['a']);
      try {
        yield* run('INSERT INTO things (key) VALUES (?)', ['a']);
      } catch (error) {
        yield* run('INSERT INTO things (key) VALUES (?)', ['b']);
        return (error as Error).message;
      }
      return 'no error';
    }
    expect(runSync(db, write())).toMatch(/UNIQUE constraint failed: things.key/);
    expect(db.prepare('SELECT key FROM things ORDER BY key').pluck().all()).toEqual(['a', 'b']);
  });

  it('hands an error the write does not catch to the caller, whose transaction rolls back', () => {
    const db = database();
    function* write(): Gen<void> {
      yield* run('INSERT INTO things (key) VALUES (?)', ['a']);
      yield* run('INSERT INTO missing_table (key) VALUES (?)', ['b']);
    }
    expect(() => db.transaction(() => runSync(db, write()))()).toThrow(/no such table: missing_table/);
    expect(db.prepare('SELECT count(*) FROM things').pluck().get()).toBe(0);
  });
});
