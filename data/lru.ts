/**
 * A least-recently-used map of bounded size, for answers kept per data version: old
 * versions' entries are never read again and age out.
 */
export function createLru<V>(size: number) {
  const entries = new Map<string, V>();
  return {
    /** The value for `key`, computing and keeping it on first use. */
    get(key: string, compute: () => V): V {
      if (entries.has(key)) {
        const value = entries.get(key) as V;
        // Refresh its place: the map's insertion order is the eviction order.
        entries.delete(key);
        entries.set(key, value);
        return value;
      }
      const value = compute();
      entries.set(key, value);
      if (entries.size > size) entries.delete(entries.keys().next().value!);
      return value;
    },
  };
}
