/**
 * Search answers alike on both engines: the same records in the same order, for the seed's
 * words (its commonest, rare ones, prefixes, accented and upper-case spellings, words only an
 * excerpt holds, phrases, nothing, operator characters) and, on a larger synthetic load, for
 * words too common for bm25, which both engines rank among their newest matches.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../data/store/open';
import { postgresSql } from '../../data/store/pg/sql';
import { COMMON_WORD_WINDOW, RANKED_WORD_LIMIT, searchRecords } from '../../data/store/repositories/search';
import { sqliteSql, type Sql } from '../../data/store/sql';
import { loadSynthetic } from '../../data/synth/load';
import { freshDatabase } from '../helpers/db';
import { type TestSchema, createMigratedSchema } from './test-schema';

interface Engines {
  sqlite: Sql;
  postgres: Sql;
}

/** A SQLite store and a PostgreSQL schema holding the same records. */
async function bothEngines(db: Db): Promise<Engines & { schema: TestSchema }> {
  const schema = await createMigratedSchema(db);
  return { schema, sqlite: sqliteSql(db), postgres: postgresSql(schema.pool) };
}

/** Search's answer on each engine, as "Kind:id" strings. */
async function answers(engines: Engines, text: string, first: number) {
  const [sqlite, postgres] = await Promise.all(
    [engines.sqlite, engines.postgres].map(async (sql) =>
      (await searchRecords(sql, text, first)).map((hit) => `${hit.kind}:${hit.id}`),
    ),
  );
  return { sqlite: sqlite!, postgres: postgres! };
}

/** Words of an FTS5 vocabulary with the number of rows holding each, commonest first. */
function vocabulary(db: Db, table: 'search_vocab' | 'evidence_vocab'): { term: string; doc: number }[] {
  return db.prepare(`SELECT term, doc FROM ${table} ORDER BY doc DESC, term`).all() as {
    term: string;
    doc: number;
  }[];
}

describe('search on the seed, SQLite against PostgreSQL', () => {
  const { db } = freshDatabase();
  let engines: Engines & { schema: TestSchema };
  beforeAll(async () => {
    engines = await bothEngines(db);
  }, 60_000);
  afterAll(async () => {
    await engines?.schema.drop();
  });

  const own = vocabulary(db, 'search_vocab');
  const excerpts = vocabulary(db, 'evidence_vocab');
  const ownTerms = new Set(own.map((w) => w.term));
  const commonest = own.find((w) => /^\p{L}{3,}$/u.test(w.term))!;
  const rare = own.filter((w) => w.doc <= 2 && /^\p{L}{4,}$/u.test(w.term));
  const onlyInExcerpts = excerpts.filter((w) => !ownTerms.has(w.term) && /^\p{L}{4,}$/u.test(w.term));
  const summary = db.prepare('SELECT summary FROM statements ORDER BY id LIMIT 1').pluck().get() as string;

  const cases: [label: string, text: string, first: number][] = [
    ['the commonest word', commonest.term, 20],
    ['the commonest word, a page of one', commonest.term, 1],
    ['the commonest word, upper case', commonest.term.toUpperCase(), 10],
    ['a prefix of the commonest word', commonest.term.slice(0, 3), 20],
    ['a rare word', rare[0]!.term, 20],
    ['another rare word', rare.at(-1)!.term, 20],
    ['a word only in excerpts', onlyInExcerpts[0]!.term, 20],
    ['a prefix only in excerpts', onlyInExcerpts[0]!.term.slice(0, 4), 20],
    ['a phrase of a summary', summary.split(/\s+/).slice(0, 4).join(' '), 20],
    ['two words, the last unfinished', `${commonest.term} ${rare[0]!.term.slice(0, 3)}`, 20],
    ['a one-letter last word, matched whole', `${commonest.term} s`, 20],
    ['accented spellings', 'Élysée Nozdrév Jápan', 20],
    ['an accented word', 'NÓZDREV', 20],
    ['a word that matches nothing', 'zyxwvutsrq', 20],
    // U+0BF0 (Tamil ten) is a number to SQLite's tokenizer; PostgreSQL's parser reads no letter in it.
    ['a word PostgreSQL reads no letter in', `\u0bf0 ${commonest.term}`, 20],
    // NFKC makes each U+3316 six letters: one word of 1,140 and more, past PostgreSQL's 2,047 bytes.
    ['a word longer than any indexed word', `${'\u3316'.repeat(190)}${commonest.term} ${commonest.term}`, 20],
    ['operator characters', `"${commonest.term}" AND NOT (x) OR -y * ^z NEAR/2 col:umn`, 20],
    ['quotes and backslashes', `'${commonest.term}\\' "`, 20],
  ];

  it.each(cases)('%s (%s): the same records in the same order', async (_label, text, first) => {
    const { sqlite, postgres } = await answers(engines, text, first);
    expect(postgres).toEqual(sqlite);
  });

  it('finds what it should, so that the comparisons above compare something', async () => {
    expect((await answers(engines, commonest.term, 20)).sqlite).toHaveLength(20);
    expect((await answers(engines, rare[0]!.term, 20)).sqlite.length).toBeGreaterThan(0);
    expect((await answers(engines, onlyInExcerpts[0]!.term, 20)).sqlite.length).toBeGreaterThan(0);
    expect((await answers(engines, 'zyxwvutsrq', 20)).sqlite).toEqual([]);
  });

  it('answers alike for every word of either index, whole and as a prefix', async () => {
    const words = [...new Set([...own, ...excerpts].map((w) => w.term))];
    const differing: string[] = [];
    for (const word of words) {
      for (const text of word.length > 3 ? [word, word.slice(0, 3)] : [word]) {
        const { sqlite, postgres } = await answers(engines, text, 8);
        if (JSON.stringify(sqlite) !== JSON.stringify(postgres)) {
          differing.push(`${text}: ${sqlite.join(' ')} | ${postgres.join(' ')}`);
        }
      }
    }
    expect(differing).toEqual([]);
  }, 120_000);
});

/** A word only excerpts hold, too common for bm25 there. */
const EXCERPT_WORD = 'zeppelinhangar';

/**
 * Excerpts holding EXCERPT_WORD on statements, events and the records search does not return
 * (packages, memberships), so the newest-first window mixes record types and drops some.
 */
function addExcerpts(db: Db): void {
  const source = db.prepare('SELECT min(id) FROM sources').pluck().get() as number;
  const add = db.prepare(
    `INSERT INTO evidence (record_type, record_id, position, source_id, excerpt) VALUES (?, ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    const statements = db
      .prepare('SELECT id FROM statements ORDER BY id LIMIT 1100')
      .pluck()
      .all() as number[];
    statements.forEach((id, i) =>
      add.run('Statement', id, 90, source, `Entry ${i} of the ${EXCERPT_WORD} register.`),
    );
    const events = db.prepare('SELECT id FROM events ORDER BY id DESC LIMIT 30').pluck().all() as number[];
    for (const id of events)
      add.run('Event', id, 90, source, `The ${EXCERPT_WORD} was seen again, and again.`);
    for (const [type, table] of [
      ['SanctionPackage', 'sanction_packages'],
      ['Membership', 'memberships'],
    ] as const) {
      const ids = db.prepare(`SELECT id FROM ${table} ORDER BY id DESC LIMIT 30`).pluck().all() as number[];
      for (const id of ids) add.run(type, id, 90, source, `${EXCERPT_WORD}`);
    }
  })();
}

/** A word the excerpts of the oldest records hold, several to a statement. */
const INTERLEAVED_WORD = 'quartermasterledger';

/**
 * Excerpts holding INTERLEAVED_WORD on the same ids of statements (eleven positions each) and
 * events, so its newest-first window takes rows of both types in turn, ordered by record id,
 * then type, then position, as SQLite's rowids order them. Twelve rows an id: the window of
 * 200 ends within an id, whose event is in it only when that order is kept.
 */
function addInterleavedExcerpts(db: Db): void {
  const source = db.prepare('SELECT min(id) FROM sources').pluck().get() as number;
  const add = db.prepare(
    `INSERT INTO evidence (record_type, record_id, position, source_id, excerpt) VALUES (?, ?, ?, ?, ?)`,
  );
  const oldest = (table: string) =>
    db.prepare(`SELECT id FROM ${table} ORDER BY id LIMIT 100`).pluck().all() as number[];
  db.transaction(() => {
    for (const id of oldest('statements')) {
      for (let position = 100; position <= 110; position += 1) {
        const again = ' again'.repeat(position % 3);
        add.run('Statement', id, position, source, `The ${INTERLEAVED_WORD} said so${again}.`);
      }
    }
    for (const id of oldest('events')) add.run('Event', id, 100, source, `${INTERLEAVED_WORD} of the event`);
  })();
}

describe('search for words too common for bm25, SQLite against PostgreSQL', () => {
  const { db } = freshDatabase();
  let engines: Engines & { schema: TestSchema };
  let common: { term: string; doc: number }[] = [];
  beforeAll(async () => {
    await loadSynthetic(db, { statements: 3_000, events: 100, designations: 100 });
    addExcerpts(db);
    addInterleavedExcerpts(db);
    common = vocabulary(db, 'search_vocab').filter((w) => /^\p{L}{3,}$/u.test(w.term));
    engines = await bothEngines(db);
  }, 120_000);
  afterAll(async () => {
    await engines?.schema.drop();
  });

  it('ranks the commonest words among the same newest matches', async () => {
    const tooCommon = common.filter((w) => w.doc > RANKED_WORD_LIMIT).slice(0, 5);
    expect(tooCommon.length).toBeGreaterThan(0);
    for (const { term } of tooCommon) {
      for (const first of [1, 20, COMMON_WORD_WINDOW / 2]) {
        const { sqlite, postgres } = await answers(engines, term, first);
        expect(sqlite).toHaveLength(first);
        expect(postgres, `${term}, first ${first}`).toEqual(sqlite);
      }
    }
  });

  it('ranks a word common only in excerpts among the same newest excerpts', async () => {
    for (const text of [
      EXCERPT_WORD,
      EXCERPT_WORD.slice(0, 6),
      `${EXCERPT_WORD} again`,
      `${EXCERPT_WORD} entry`,
    ]) {
      for (const first of [1, 20, 60]) {
        const { sqlite, postgres } = await answers(engines, text, first);
        expect(sqlite.length, text).toBeGreaterThan(0);
        expect(postgres, `${text}, first ${first}`).toEqual(sqlite);
      }
    }
  });

  it('ranks a window of several record types on the same ids alike', async () => {
    const excerpts = vocabulary(db, 'evidence_vocab').find((w) => w.term === INTERLEAVED_WORD);
    expect(excerpts?.doc).toBeGreaterThan(RANKED_WORD_LIMIT);
    for (const text of [INTERLEAVED_WORD, `${INTERLEAVED_WORD} again`]) {
      // A page of 50 holds every record of the window of 200.
      for (const first of [1, 20, 50]) {
        const { sqlite, postgres } = await answers(engines, text, first);
        expect(sqlite.length, text).toBeGreaterThan(0);
        expect(postgres, `${text}, first ${first}`).toEqual(sqlite);
      }
    }
  });

  it('ranks a common word beside one rare enough for bm25 but in more rows than the window, alike', async () => {
    const [tooCommon, second] = common.filter((w) => w.doc > RANKED_WORD_LIMIT);
    const between = common.filter((w) => w.doc > COMMON_WORD_WINDOW && w.doc <= RANKED_WORD_LIMIT);
    expect(between.length).toBeGreaterThan(0);
    // The words' shared rows pass the window, which is then the newest of them.
    const shared = (texts: string) =>
      engines.sqlite.value<number>('SELECT count(*) FROM search_index WHERE search_index MATCH ?', [texts]);
    const texts = [...between.slice(0, 3), second!].map((w) => `${tooCommon!.term} ${w.term}`);
    expect(await shared(`${tooCommon!.term} ${between[0]!.term}`)).toBeGreaterThan(COMMON_WORD_WINDOW);
    for (const text of texts) {
      for (const first of [1, 20, COMMON_WORD_WINDOW / 2]) {
        const { sqlite, postgres } = await answers(engines, text, first);
        expect(postgres, `${text}, first ${first}`).toEqual(sqlite);
      }
    }
  });

  it('ranks a common word with a rare one, a prefix, and rare words, alike', async () => {
    const tooCommon = common.find((w) => w.doc > RANKED_WORD_LIMIT)!.term;
    const rare = common.filter((w) => w.doc <= 5).slice(0, 10);
    const texts = [
      tooCommon.slice(0, 3),
      `${tooCommon} ${rare[0]!.term}`,
      ...rare.map((w) => w.term),
      ...common
        .filter((w) => w.doc > 20 && w.doc < RANKED_WORD_LIMIT)
        .slice(0, 10)
        .map((w) => w.term),
    ];
    for (const text of texts) {
      const { sqlite, postgres } = await answers(engines, text, 20);
      expect(postgres, text).toEqual(sqlite);
    }
  });
});
