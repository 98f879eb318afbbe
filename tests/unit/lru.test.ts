/**
 * The cache under every answer kept per data version: bounded in entries and bytes, short keys
 * kept as given and long ones hashed, and a key forgotten on request.
 */
import { describe, expect, it } from 'vitest';
import { createLru } from '../../data/lru';

const counted = () => {
  let computed = 0;
  const lru = createLru<string>({ maxEntries: 3, maxBytes: 10_000, sizeOf: (v) => v.length });
  return { lru, read: (key: string) => lru.get(key, () => `${key}#${(computed += 1)}`) };
};

describe('the LRU of kept answers', () => {
  it('keeps short and long keys apart, even a short key that looks like a long one’s digest', () => {
    const { lru, read } = counted();
    const long = 'x'.repeat(65);
    expect(read(long)).toBe(`${long}#1`);
    expect(read(long)).toBe(`${long}#1`);
    const digestLike = 'a'.repeat(64);
    expect(read(digestLike)).toBe(`${digestLike}#2`);
    expect(read('a')).toBe('a#3');
    expect(lru.usage().entries).toBe(3);
  });

  it('evicts the least recently used beyond its entries', () => {
    const { read } = counted();
    read('a');
    read('b');
    read('c');
    read('a');
    read('d');
    expect(read('a')).toBe('a#1');
    expect(read('b')).toBe('b#5');
  });

  it('forgets a deleted key and its bytes', () => {
    const { lru, read } = counted();
    read('a');
    const bytes = lru.usage().bytes;
    lru.delete('a');
    lru.delete('never-kept');
    expect(lru.usage()).toEqual({ entries: 0, bytes: 0 });
    expect(bytes).toBeGreaterThan(0);
    expect(read('a')).toBe('a#2');
  });
});
