/**
 * `sources(text:, first:)`: the bounded search the desk's Source picker runs, so a form never
 * needs every source. Without arguments the list stays whole, as before.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/db';
import { errorText, ok, testServer, type Loose } from '../helpers/graphql';

const { db } = freshDatabase();
const api = testServer(db);
afterAll(() => api.stop());

const SOURCES = `query($text: String, $first: Int) { sources(text: $text, first: $first) { key title outlet } }`;
const keys = (sources: Loose[]) => sources.map((s) => s.key);

describe('sources(text:, first:)', () => {
  it('still lists every source when given neither argument', async () => {
    const all = ok(await api.query('{ sources { key } }')).sources;
    const count = (db.prepare('SELECT count(*) AS n FROM sources').get() as { n: number }).n;
    expect(all).toHaveLength(count);
    expect(count).toBeGreaterThan(20);
  });

  it('matches key, title and outlet as a case-insensitive substring, in list order', async () => {
    const { sources } = ok(await api.query(SOURCES, { text: 'IZVESTIA', first: 100 }));
    expect(sources.length).toBeGreaterThan(1);
    expect(sources.every((s: Loose) => s.outlet === 'Izvestia' || s.key.includes('izvestia'))).toBe(true);
    const byTitle = ok(await api.query(SOURCES, { text: 'diplomatic rift' })).sources;
    expect(keys(byTitle)).toContain('almayadeen-2025-russia-japan-rift');
    // A pattern character is only a character.
    expect(ok(await api.query(SOURCES, { text: '%' })).sources).toEqual([]);
  });

  it('puts the source whose key is the text first', async () => {
    const [first] = ok(await api.query(SOURCES, { text: 'izvestia-1834812' })).sources;
    expect(first.key).toBe('izvestia-1834812');
    const all = ok(await api.query(SOURCES, { text: 'a', first: 100 })).sources;
    const key = all[all.length - 1].key;
    expect(ok(await api.query(SOURCES, { text: key, first: 1 })).sources[0].key).toBe(key);
  });

  it('returns at most `first`, 20 when a text is given without it', async () => {
    const all = ok(await api.query('{ sources { key } }')).sources;
    expect(ok(await api.query(SOURCES, { text: 'e' })).sources).toHaveLength(Math.min(20, all.length));
    expect(keys(ok(await api.query(SOURCES, { first: 3 })).sources)).toEqual(keys(all.slice(0, 3)));
  });

  it('refuses a `first` out of 1..100, naming the argument', async () => {
    const answer = await api.query(SOURCES, { text: 'a', first: 101 });
    expect(errorText(answer)).toMatch(/first.*between 1 and 100/);
  });
});
