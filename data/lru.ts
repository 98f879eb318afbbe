/**
 * A least-recently-used map bounded both in entries and in bytes, for answers kept per data
 * version: old versions' entries are never read again and age out. A key longer than 64
 * characters is kept as a SHA-256 of its text, so a long key (a query's SQL and parameters, a
 * 1 MB text filter) costs 64 characters however long it is; values are weighed by `sizeOf`, an estimate in
 * bytes, and one heavier than the whole budget is returned without being kept.
 */
import { createHash } from 'node:crypto';

export interface LruOptions<V> {
  maxEntries: number;
  maxBytes: number;
  /** Estimated bytes a value holds. */
  sizeOf: (value: V) => number;
}

/** Bytes a hashed key and its map slot take, roughly. */
const KEY_BYTES = 64 * 2 + 64;

export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** Keys this short are kept as they are: hashing them costs more than it saves. */
const KEPT_AS_GIVEN = 64;

/** A key's entry in the map: short keys as given (after a mark no hex digest has), long ones hashed. */
function entryKey(key: string): string {
  return key.length <= KEPT_AS_GIVEN ? `=${key}` : hashKey(key);
}

export function createLru<V>({ maxEntries, maxBytes, sizeOf }: LruOptions<V>) {
  const entries = new Map<string, { value: V; bytes: number }>();
  let bytes = 0;
  const evictOldest = () => {
    const [oldest, entry] = entries.entries().next().value!;
    entries.delete(oldest);
    bytes -= entry.bytes;
  };
  /** The entry kept under `hashed`, its place refreshed: the map's insertion order is the eviction order. */
  const used = (hashed: string) => {
    const found = entries.get(hashed);
    if (found) {
      entries.delete(hashed);
      entries.set(hashed, found);
    }
    return found;
  };
  return {
    /** The value for `key`, computing and keeping it on first use. */
    get(key: string, compute: () => V): V {
      const hashed = entryKey(key);
      const found = used(hashed);
      if (found) return found.value;
      const value = compute();
      const weight = sizeOf(value) + KEY_BYTES;
      if (weight > maxBytes) return value;
      entries.set(hashed, { value, bytes: weight });
      bytes += weight;
      while (entries.size > maxEntries || bytes > maxBytes) evictOldest();
      return value;
    },
    /** The value kept for `key`, as a use that refreshes its place; undefined when none is. */
    peek(key: string): V | undefined {
      return used(entryKey(key))?.value;
    },
    /** Forgets `key`: a kept promise that failed must not answer the next caller. */
    delete(key: string): void {
      const hashed = entryKey(key);
      const found = entries.get(hashed);
      if (!found) return;
      entries.delete(hashed);
      bytes -= found.bytes;
    },
    /** What the cache holds now, for tests and monitoring. */
    usage: () => ({ entries: entries.size, bytes }),
  };
}

/**
 * An LRU of answers still being computed: the promise is kept at once, so callers that ask
 * while it runs share it; it is weighed by `sizeOf` once it resolves (a pending one weighs its
 * key only) and forgotten if it rejects, so a failure never answers the next caller.
 */
export function createPromiseLru<V>({ maxEntries, maxBytes, sizeOf }: LruOptions<V>) {
  const entries = createLru<{ promise: Promise<V>; bytes: number; settled?: { value: V } }>({
    maxEntries,
    maxBytes,
    sizeOf: (entry) => entry.bytes,
  });
  return {
    /** The promise for `key`, starting `compute` and keeping its promise on first use. */
    get(key: string, compute: () => Promise<V>): Promise<V> {
      return entries.get(key, () => {
        const promise = compute();
        promise.then(
          (value) => {
            // Kept again with its weight; a same key always names the same answer.
            entries.delete(key);
            entries.get(key, () => ({ promise, bytes: sizeOf(value), settled: { value } }));
          },
          () => entries.delete(key),
        );
        return { promise, bytes: 0 };
      }).promise;
    },
    /** The value `key`'s promise resolved to, once it has; a caller that has it needs no promise. */
    peek(key: string): { value: V } | undefined {
      return entries.peek(key)?.settled;
    },
    delete: entries.delete,
    usage: entries.usage,
  };
}
