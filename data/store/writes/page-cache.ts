import type { Db } from '../open';

/**
 * Gives this connection a page cache of `kib` KiB. A bulk load touches the same index pages
 * again and again: with a large cache they are written once per batch instead of each time
 * the cache spills.
 */
export function setPageCacheKib(db: Db, kib: number): void {
  db.pragma(`cache_size = -${Math.trunc(kib)}`);
}
