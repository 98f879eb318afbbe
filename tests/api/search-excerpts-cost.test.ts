/**
 * Search keeps a bounded cost for a word that a great many evidence excerpts hold: SQLite's
 * excerpt index is read for its newest matches, without bm25, every read limited.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createWriteService } from '../../data/ingest/api-writes';
import { COMMON_WORD_WINDOW, RANKED_WORD_LIMIT } from '../../data/store/repositories/search';
import type { Db } from '../../data/store/open';
import { forgetPrepared } from '../../data/store/prepared';
import { environmentAnalyst, freshDatabase } from '../helpers/db';
import { ok, testServer, type Loose } from '../helpers/graphql';

const { db } = freshDatabase();
const api = testServer(db);
afterAll(() => api.stop());

const SEARCH = `query($text: String!, $first: Int) { search(text: $text, first: $first) {
  __typename ... on Statement { key quote summary } ... on Event { key } ... on Alliance { key }
  ... on Actor { key } ... on Office { key } } }`;

async function searchKeys(text: string, first: number): Promise<string[]> {
  return ok(await api.query(SEARCH, { text, first })).search.map((r: Loose) => `${r.__typename}:${r.key}`);
}

/** Records the SQL that mentions either text index while `run` runs. */
async function textIndexSql(database: Db, run: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  // Statements are kept prepared per connection: forget them, so each is prepared (and seen).
  forgetPrepared(database);
  const prepare = database.prepare.bind(database);
  database.prepare = ((sql: string) => {
    if (/search_index|evidence_search/.test(sql)) seen.push(sql);
    return prepare(sql);
  }) as Db['prepare'];
  try {
    await run();
  } finally {
    database.prepare = prepare;
  }
  return seen;
}

describe('search for a word a great many excerpts hold', () => {
  const COUNT = RANKED_WORD_LIMIT + 100;
  const WORD = 'zeppelinhangar';

  it('reads the excerpts’ newest matches without bm25, every read limited', async () => {
    const writes = createWriteService(db);
    for (let i = 0; i < COUNT; i += 1) {
      const result = await writes.addStatement(await environmentAnalyst(db), {
        speakerKey: 'japan',
        targetKeys: ['russia'],
        date: '2024-01-01',
        stance: 'NEUTRAL',
        intensity: 0,
        summary: `Bulk excerpt test statement ${i}.`,
        evidence: {
          sourceKey: 'almayadeen-2025-russia-japan-rift',
          excerpt: `Entry ${i} of the ${WORD} register.`,
          note: 'Test record.',
        },
      });
      if (result.key === null) throw new Error(JSON.stringify(result.problems));
    }
    let found: string[] = [];
    const sql = await textIndexSql(db, async () => {
      found = await searchKeys(WORD, 20);
    });
    expect(found).toHaveLength(20);
    expect(sql.some((text) => /evidence_search/.test(text))).toBe(true);
    for (const text of sql) {
      // The word is rare in the records' own words (bm25 is cheap there), common in excerpts.
      if (/evidence_search/.test(text)) expect(text).not.toMatch(/ORDER BY rank/);
      expect(text).toMatch(/LIMIT \?/);
    }
    // Ranked among the window of the newest matches: the statements added last.
    const newest = db
      .prepare(
        `SELECT s.key FROM statements s WHERE s.summary LIKE 'Bulk excerpt test statement %'
         ORDER BY s.id DESC LIMIT ?`,
      )
      .pluck()
      .all(COMMON_WORD_WINDOW) as string[];
    for (const key of found) expect(newest.map((k) => `Statement:${k}`)).toContain(key);
    const count = 'query($f: StatementFilter) { statements(filter: $f) { totalCount } }';
    const { statements } = ok(await api.query(count, { f: { text: `${WORD} register` } }));
    expect(statements.totalCount).toBe(COUNT);
  });
});
