/**
 * A version of the stored data, for caches of derived answers (a pair's tension series).
 * SQLite's data_version moves when another connection commits (a seed or import run in
 * its own process); writes on this connection bump a counter kept beside it.
 */
import type { Db } from './open';

const localWrites = new WeakMap<Db, number>();

export function noteWrite(db: Db): void {
  localWrites.set(db, (localWrites.get(db) ?? 0) + 1);
}

export function dataVersion(db: Db): string {
  return `${db.pragma('data_version', { simple: true }) as number}.${localWrites.get(db) ?? 0}`;
}
