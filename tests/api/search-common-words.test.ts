/**
 * Search keeps a bounded cost for the corpus's most frequent word: FTS5's bm25 (ORDER BY
 * rank) counts every record holding each word, so it must not run for a common word, and
 * every read of the index must stop at a LIMIT. Rare words keep their bm25 ranking.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Db } from '../../data/store/open';
import { loadSynthetic } from '../../data/synth/load';
import { COMMON_WORD_WINDOW, RANKED_WORD_LIMIT, searchRecords } from '../../data/store/repositories/search';
import { SEARCH_CODES } from '../../data/store/fts';
import { forgetPrepared } from '../../data/store/prepared';
import { sqliteSql } from '../../data/store/sql';
import { noteWrite } from '../../data/store/version';
import { freshDatabase } from '../helpers/db';
import { ok, testServer, type Loose } from '../helpers/graphql';

const { db } = freshDatabase();
await loadSynthetic(db, { statements: 6_000, events: 300, designations: 100 });
const api = testServer(db);
afterAll(() => api.stop());

const SEARCH = `query($text: String!, $first: Int) { search(text: $text, first: $first) {
  __typename ... on Actor { key } ... on Statement { id quote summary } ... on Event { title summary }
  ... on SanctionDesignation { key } ... on SanctionRegime { key } ... on Source { key } } }`;

/** Words by the number of records holding them, read from the index itself. */
function wordsByFrequency(db: Db): { term: string; doc: number }[] {
  db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_words USING fts5vocab(main, search_index, row)');
  return db
    .prepare("SELECT term, doc FROM temp.search_words WHERE term GLOB '[a-z][a-z][a-z]*' ORDER BY doc DESC")
    .all() as { term: string; doc: number }[];
}

function searchSql(db: Db, run: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  // Statements are kept prepared per connection: forget them, so each is prepared (and seen).
  forgetPrepared(db);
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    if (/search_index/.test(sql)) seen.push(sql);
    return prepare(sql);
  }) as Db['prepare'];
  return run().then(
    () => {
      db.prepare = prepare;
      return seen;
    },
    (error: unknown) => {
      db.prepare = prepare;
      throw error;
    },
  );
}

const words = wordsByFrequency(db);
const commonest = words[0]!;
const rare = words.filter((w) => w.doc >= 2 && w.doc <= 5).at(-1)!;

describe('search for the most frequent word', () => {
  it('is a word far too common for bm25', () => {
    expect(commonest.doc).toBeGreaterThan(RANKED_WORD_LIMIT * 4);
  });

  it('answers a full page, each result holding the word, without bm25 and with every read limited', async () => {
    let answer: Loose;
    const sql = await searchSql(db, async () => {
      answer = ok(await api.query(SEARCH, { text: commonest.term, first: 20 }));
    });
    expect(answer.search).toHaveLength(20);
    for (const hit of answer.search) expect(JSON.stringify(hit).toLowerCase()).toContain(commonest.term);
    expect(sql.length).toBeGreaterThan(0);
    for (const text of sql) {
      expect(text).not.toMatch(/ORDER BY rank/);
      expect(text).toMatch(/LIMIT \?/);
    }
  });

  it('ranks among the most recently added matches, shorter texts with the word first', async () => {
    const newest = db
      .prepare('SELECT rowid, body FROM search_index WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT ?')
      .all(`"${commonest.term}"`, COMMON_WORD_WINDOW) as { rowid: number; body: string }[];
    const hits = (await searchRecords(sqliteSql(db), commonest.term, 10)).map(
      (hit) => hit.id * 16 + SEARCH_CODES[hit.kind],
    );
    expect(new Set(hits).size).toBe(10);
    const window = new Map(newest.map((r) => [r.rowid, r.body]));
    for (const rowid of hits) expect(window.has(rowid)).toBe(true);
    // With the word once in each, a shorter text weighs it more.
    const once = (body: string) =>
      body
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((t) => t === commonest.term).length === 1;
    const lengthOf = (rowid: number) => window.get(rowid)!.split(/\s+/).length;
    const single = hits.filter((rowid) => once(window.get(rowid)!) && (rowid & 15) === (hits[0]! & 15));
    for (let i = 1; i < single.length; i += 1)
      expect(lengthOf(single[i]!)).toBeGreaterThanOrEqual(lengthOf(single[i - 1]!) - 1);
  });

  it('matches a whole word exactly, and an unfinished one as a prefix', async () => {
    const prefix = commonest.term.slice(0, -1);
    const partial = ok(await api.query(SEARCH, { text: prefix, first: 3 })).search;
    expect(partial).toHaveLength(3);
  });
});

describe('search for a rare word', () => {
  it('finds every record holding it, ranked by bm25', async () => {
    let answer: Loose;
    const sql = await searchSql(db, async () => {
      answer = ok(await api.query(SEARCH, { text: rare.term, first: 20 }));
    });
    expect(answer.search).toHaveLength(rare.doc);
    expect(sql.some((text) => /ORDER BY rank/.test(text))).toBe(true);
  });
});

describe('a search asked again', () => {
  it('is answered from the first one until the next write, which reads the index again', async () => {
    const sql = sqliteSql(db);
    const first = await searchRecords(sql, commonest.term, 20);
    const again = await searchSql(db, async () => {
      expect(await searchRecords(sql, commonest.term, 20)).toEqual(first);
    });
    expect(again).toEqual([]);
    noteWrite(db);
    const afterWrite = await searchSql(db, async () => {
      expect(await searchRecords(sql, commonest.term, 20)).toEqual(first);
    });
    expect(afterWrite.length).toBeGreaterThan(0);
  });
});
