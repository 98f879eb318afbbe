/**
 * A version of the stored data, for caches of derived answers (a pair's tension series).
 * SQLite's data_version moves when another connection commits (a seed or import run in
 * its own process); writes on this connection bump a counter kept beside it.
 */
import type { Db } from './open';
import { createLru } from '../lru';

const localWrites = new WeakMap<Db, number>();
// Versions of different connections (tests open many) must never collide in a cache key.
const handles = new WeakMap<Db, number>();
let nextHandle = 0;

export function noteWrite(db: Db): void {
  localWrites.set(db, (localWrites.get(db) ?? 0) + 1);
}

export function dataVersion(db: Db): string {
  let handle = handles.get(db);
  if (handle === undefined) handles.set(db, (handle = nextHandle += 1));
  return `${handle}.${db.pragma('data_version', { simple: true }) as number}.${localWrites.get(db) ?? 0}`;
}

// Counts and totals are small: many can be kept. Keys carry a query's SQL and parameters (a
// text filter can be a megabyte), so the cache keeps their hash and weighs its values.
const memo = createLru<unknown>({ maxEntries: 512, maxBytes: 4 * 1024 * 1024, sizeOf: approximateBytes });

/** A count is a number; anything else is weighed by its JSON text. */
function approximateBytes(value: unknown): number {
  return typeof value === 'number' ? 8 : 2 * (JSON.stringify(value)?.length ?? 0);
}

/**
 * A value derived from the stored data (a count, a total), computed once per data version:
 * repeated dashboard questions cost a lookup until the next write.
 */
export function memoByVersion<T>(db: Db, key: string, compute: () => T): T {
  return memo.get(`${dataVersion(db)}|${key}`, compute) as T;
}
