/**
 * A text filter's total is counted up to TEXT_COUNT_CAP matches: past it the API gives the cap
 * with totalCountBound AT_LEAST, so a common word's total costs a bounded read. Below it, and
 * for every filter without text, the total is exact and says so.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadSynthetic } from '../../data/synth/load';
import { TEXT_COUNT_CAP } from '../../data/store/repositories/statements';
import { ftsPhrases } from '../../data/store/fts';
import { freshDatabase } from '../helpers/db';
import { ok, testServer } from '../helpers/graphql';

const { db } = freshDatabase();
// Every synthetic statement holds the word "synthetic": a few more than the cap.
await loadSynthetic(db, { statements: TEXT_COUNT_CAP + 40, events: 10, designations: 10 });
const api = testServer(db);
afterAll(() => api.stop());

const COUNT = `query($f: StatementFilter) { statements(filter: $f, first: 5) { totalCount totalCountBound
  pageInfo { hasNextPage } nodes { id } } }`;
type Counted = {
  statements: {
    totalCount: number;
    totalCountBound: string;
    pageInfo: { hasNextPage: boolean };
    nodes: unknown[];
  };
};
const count = async (f: Record<string, unknown>) => ok<Counted>(await api.query(COUNT, { f })).statements;
const exactly = (sql: string, ...params: unknown[]) =>
  db
    .prepare(sql)
    .pluck()
    .get(...params) as number;

describe("a text filter's total", () => {
  it('stops at the cap for a word in more statements, and says it is a floor', async () => {
    const all = exactly("SELECT count(*) FROM statements WHERE key LIKE 'synth-%'");
    expect(all).toBeGreaterThan(TEXT_COUNT_CAP);
    const answer = await count({ text: 'synthetic' });
    expect(answer).toMatchObject({ totalCount: TEXT_COUNT_CAP, totalCountBound: 'AT_LEAST' });
    expect(answer.nodes).toHaveLength(5);
    expect(answer.pageInfo.hasNextPage).toBe(true);
  });

  it('is exact, and says so, when the other filters leave fewer matches than the cap', async () => {
    const answer = await count({ text: 'synthetic', stances: ['NEUTRAL'] });
    const neutral = exactly(
      "SELECT count(*) FROM statements WHERE key LIKE 'synth-%' AND stance = 'NEUTRAL'",
    );
    expect(neutral).toBeLessThan(TEXT_COUNT_CAP);
    expect(answer).toMatchObject({ totalCount: neutral, totalCountBound: 'EXACT' });
  });

  it('is exact without a text filter, however many statements match', async () => {
    const answer = await count({});
    expect(answer).toMatchObject({
      totalCount: exactly('SELECT count(*) FROM statements'),
      totalCountBound: 'EXACT',
    });
  });
});

describe('a last word of one letter', () => {
  it('is matched whole, not as a prefix of most of the vocabulary', () => {
    expect(ftsPhrases('russia s')).toEqual(['"russia"', '"s"']);
    expect(ftsPhrases('russia sa')).toEqual(['"russia"', '"sa"*']);
    // One letter with a combining mark, as the index's tokenizer folds it, is still one letter.
    expect(ftsPhrases('s\u0308')).toEqual(['"s\u0308"']);
    expect(ftsPhrases('\u{20000}')).toEqual(['"\u{20000}"']);
    expect(ftsPhrases('\u00e9t')).toEqual(['"\u00e9t"*']);
  });

  it('finds only records holding that letter as a word', async () => {
    // As a prefix, "s" would match "synthetic" in every synthetic statement.
    const answer = await count({ text: 's' });
    expect(answer.totalCountBound).toBe('EXACT');
    expect(answer.totalCount).toBeLessThan(100);
    expect((await count({ text: 'sy' })).totalCount).toBe(TEXT_COUNT_CAP);
  });
});
