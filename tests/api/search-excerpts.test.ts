/**
 * Search and the statements' text filter find records by the excerpts of their evidence, the
 * words their sources are quoted as saying, and keep the bounded cost of search for a word
 * that a great many excerpts hold.
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

async function searchKeys(text: string, first = 20): Promise<string[]> {
  return ok(await api.query(SEARCH, { text, first })).search.map((r: Loose) => `${r.__typename}:${r.key}`);
}

async function filteredKeys(text: string): Promise<string[]> {
  const query =
    'query($f: StatementFilter) { statements(filter: $f, first: 100) { totalCount nodes { key } } }';
  const { statements } = ok(await api.query(query, { f: { text } }));
  expect(statements.nodes).toHaveLength(statements.totalCount);
  return statements.nodes.map((s: { key: string }) => s.key).sort();
}

/** The statement whose excerpt names the NSATU in full, while its own words say "NSATU". */
const NSATU_STATEMENT = 'nozdrev-nsatu-satellite-escalation';

describe('search over evidence excerpts', () => {
  it('finds a statement by words only its excerpt holds', async () => {
    const own = db
      .prepare("SELECT coalesce(quote, '') || ' ' || summary FROM statements WHERE key = ?")
      .pluck()
      .get(NSATU_STATEMENT) as string;
    expect(own.toLowerCase()).not.toContain('security assistance');
    expect(await searchKeys('Security Assistance')).toContain(`Statement:${NSATU_STATEMENT}`);
    expect(await filteredKeys('Security Assistance')).toEqual([NSATU_STATEMENT]);
  });

  it('ranks records by their own words before those found only through an excerpt', async () => {
    const keys = await searchKeys('Security Assistance');
    // The NSATU's own name holds both words; the statement only quotes them.
    expect(keys.indexOf('Alliance:nsatu')).toBeGreaterThanOrEqual(0);
    expect(keys.indexOf('Alliance:nsatu')).toBeLessThan(keys.indexOf(`Statement:${NSATU_STATEMENT}`));
    // A membership's excerpt says it too, but search does not return memberships: no empty place.
    expect(keys.every((k) => !k.endsWith(':undefined'))).toBe(true);
    // A page is still at most `first` long, own words first.
    expect(await searchKeys('Security Assistance', 1)).toEqual([keys[0]]);
  });

  it('needs every word in the statement’s own words or in one excerpt', async () => {
    // "NSATU" is in the statement's summary, "Security" only in its excerpt: not one text.
    expect(await filteredKeys('NSATU Security')).toEqual([]);
    expect(await filteredKeys('NSATU')).toContain(NSATU_STATEMENT);
  });

  it('follows the writes: a new statement is found by its excerpt at once', async () => {
    const writes = createWriteService(db);
    const result = await writes.addStatement(await environmentAnalyst(db), {
      speakerKey: 'japan',
      targetKeys: ['russia'],
      date: '2025-06-01',
      stance: 'NEUTRAL',
      intensity: 0,
      summary: 'Excerpt search test statement.',
      evidence: {
        sourceKey: 'almayadeen-2025-russia-japan-rift',
        excerpt: 'The quartermaster’s ledger was never published.',
        note: 'Test record.',
      },
    });
    expect(result.problems ?? []).toEqual([]);
    expect(await filteredKeys('quartermaster ledger')).toEqual([result.key]);
    expect(await searchKeys('quartermaster')).toEqual([`Statement:${result.key}`]);
  });
});

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
