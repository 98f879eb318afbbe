/**
 * The loaders under every request: a key one batch has read answers at once, with no promise,
 * and reading ahead reads only the keys not read yet, in batches the size a SQL statement takes.
 */
import { describe, expect, it } from 'vitest';
import { ReadLoader } from '../../data/store/loaders';

/** A loader over `rows` that records the keys of each batch it is asked for. */
function recording(rows: Record<number, string | null>) {
  const batches: number[][] = [];
  const loader = new ReadLoader<number, string | null>(async (keys) => {
    batches.push([...keys]);
    return keys.map((key) => rows[key] ?? null);
  });
  return { loader, batches };
}

describe('a request loader', () => {
  it('answers through a batch at first, then at once with what the batch read', async () => {
    const { loader, batches } = recording({ 1: 'one', 2: 'two' });
    const first = loader.get(1);
    expect(first).toBeInstanceOf(Promise);
    expect(await first).toBe('one');
    expect(loader.get(1)).toBe('one');
    expect(loader.peek(2)).toBeUndefined();
    expect(batches).toEqual([[1]]);
  });

  it('reads ahead only the keys no batch has read, each once, and keeps a missing row as null', async () => {
    const { loader, batches } = recording({ 1: 'one', 2: 'two', 3: 'three' });
    await loader.readAhead([2, 1, 2, 9]);
    await loader.readAhead([1, 2, 3, 9]);
    expect(batches).toEqual([[2, 1, 9], [3]]);
    expect([1, 2, 3, 9].map((key) => loader.get(key))).toEqual(['one', 'two', 'three', null]);
    await loader.readAhead([3]);
    expect(batches).toHaveLength(2);
  });

  it('reads ahead a long list in batches of at most 500 keys', async () => {
    const { loader, batches } = recording({});
    await loader.readAhead(Array.from({ length: 1_201 }, (_, i) => i));
    expect(batches.map((batch) => batch.length)).toEqual([500, 500, 201]);
  });

  it('lets a failed read ahead fail, keeping nothing, so a field reads again and reports it', async () => {
    let fail = true;
    const loader = new ReadLoader<number, string>(async (keys) => {
      if (fail) throw new Error('database gone');
      return keys.map(String);
    });
    await expect(loader.readAhead([1])).rejects.toThrow('database gone');
    expect(loader.peek(1)).toBeUndefined();
    fail = false;
    expect(await loader.get(1)).toBe('1');
  });
});
