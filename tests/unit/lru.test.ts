/**
 * The cache under every answer kept per data version: bounded in entries and bytes, short keys
 * kept as given and long ones hashed, a key forgotten on request, and a settled answer read
 * without a promise.
 */
import { describe, expect, it } from 'vitest';
import { createLru, createPromiseLru } from '../../data/lru';

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

describe('the LRU of answers being computed', () => {
  it('weighs a promise once it resolves, counting its key alone while it runs', async () => {
    const lru = createPromiseLru<string>({ maxEntries: 10, maxBytes: 100_000, sizeOf: (v) => v.length });
    let finish: (value: string) => void = () => {};
    const pending = lru.get('a', () => new Promise((resolve) => (finish = resolve)));
    const whileRunning = lru.usage().bytes;
    expect(lru.get('a', () => Promise.resolve('other'))).toBe(pending);
    finish('x'.repeat(1000));
    await pending;
    expect(lru.usage()).toEqual({ entries: 1, bytes: whileRunning + 1000 });
    expect(lru.get('a', () => Promise.resolve('other'))).toBe(pending);
  });

  it('forgets a promise that rejects, so the next caller computes again', async () => {
    const lru = createPromiseLru<string>({ maxEntries: 10, maxBytes: 100_000, sizeOf: (v) => v.length });
    await expect(lru.get('a', () => Promise.reject(new Error('read failed')))).rejects.toThrow('read failed');
    expect(lru.usage().entries).toBe(0);
    expect(await lru.get('a', () => Promise.resolve('read'))).toBe('read');
  });

  it('evicts by the weight its answers turn out to have', async () => {
    const lru = createPromiseLru<string>({ maxEntries: 10, maxBytes: 3_000, sizeOf: (v) => v.length });
    await lru.get('a', () => Promise.resolve('x'.repeat(1500)));
    await lru.get('b', () => Promise.resolve('x'.repeat(1500)));
    expect(lru.usage().entries).toBe(1);
  });

  it('answers peek with the value only once its promise has resolved, null included', async () => {
    const lru = createPromiseLru<string | null>({ maxEntries: 10, maxBytes: 100_000, sizeOf: () => 8 });
    let finish: (value: string) => void = () => {};
    const pending = lru.get('a', () => new Promise((resolve) => (finish = resolve)));
    expect(lru.peek('a')).toBeUndefined();
    finish('read');
    await pending;
    expect(lru.peek('a')).toEqual({ value: 'read' });
    await lru.get('missing', () => Promise.resolve(null));
    expect(lru.peek('missing')).toEqual({ value: null });
    await expect(lru.get('b', () => Promise.reject(new Error('read failed')))).rejects.toThrow();
    expect(lru.peek('b')).toBeUndefined();
    expect(lru.peek('never')).toBeUndefined();
  });

  it('counts a peek as a use: the peeked key outlives one read before it', async () => {
    const lru = createPromiseLru<string>({ maxEntries: 2, maxBytes: 100_000, sizeOf: (v) => v.length });
    await lru.get('a', () => Promise.resolve('a'));
    await lru.get('b', () => Promise.resolve('b'));
    lru.peek('a');
    await lru.get('c', () => Promise.resolve('c'));
    expect(lru.peek('a')).toEqual({ value: 'a' });
    expect(lru.peek('b')).toBeUndefined();
  });
});
