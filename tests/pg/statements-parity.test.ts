/**
 * Statements, events, revisions, retracted records and recent changes read alike on both
 * engines. The seed, with analysts' writes on it (statements added at every date precision, one
 * corrected, a statement and an event retracted) and synthetic statements past the text count's
 * cap, moves from SQLite into PostgreSQL; every repository method then answers the same rows in
 * the same order, the same pages both ways and the same counts on each.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAnalyst } from '../../data/ingest/analysts';
import { sqliteAccounts } from '../../data/store/accounts';
import { toInterval } from '../../data/partial-date';
import { loadSynthetic } from '../../data/synth/load';
import { postgresSql } from '../../data/store/pg/sql';
import { eventRepository, type EventFilterArgs } from '../../data/store/repositories/events';
import { recentRevisionRepository } from '../../data/store/repositories/recent-revisions';
import { retractedRepository } from '../../data/store/repositories/retracted';
import { revisionRepository } from '../../data/store/repositories/revisions';
import {
  statementRepository,
  TEXT_COUNT_CAP,
  type StatementFilterArgs,
  type StatementOrderBy,
} from '../../data/store/repositories/statements';
import type { StorePage } from '../../data/store/rows';
import { sqliteSql, type Sql } from '../../data/store/sql';
import { toGlobalId } from '../../graphql/ids';
import { freshDatabase } from '../helpers/db';
import { ok, testServer, type Loose } from '../helpers/graphql';
import { type TestSchema, createMigratedSchema } from './test-schema';
import { pageAnswer, type PageAnswer } from './page-answer';

const { db } = freshDatabase();
// Every synthetic statement holds the word "synthetic": a few more than the text count's cap,
// and common enough that SQLite's page tests it row by row.
await loadSynthetic(db, { statements: TEXT_COUNT_CAP + 40, events: 10, designations: 10 });

const SOURCE = 'almayadeen-2025-russia-japan-rift';
/** A word of the analysts' evidence only, in no statement's own words. */
const EVIDENCE_WORD = 'quarrystone';

const api = testServer(db);
const auth = { authorization: `Bearer ${(await addAnalyst(sqliteAccounts(db), 'Mira Sato')).token}` };

async function write(mutation: string, input: Record<string, unknown>): Promise<Loose> {
  const answer = ok(await api.query(mutation, { i: input }, auth));
  const payload = Object.values(answer)[0] as Loose;
  expect(payload.userErrors).toEqual([]);
  return payload;
}

const ADD_STATEMENT = `mutation($i: AddStatementInput!) { addStatement(input: $i) { statement { key } userErrors { message } } }`;

/** Statements an analyst adds: other speakers, targets and topics, a year, a month and a day. */
const ADDED = [
  { speakerKey: 'russia', targetKeys: ['japan', 'nato'], date: '2024', topicKeys: ['nato'], intensity: -6 },
  {
    speakerKey: 'japan',
    targetKeys: ['russia'],
    date: '2025-03',
    topicKeys: ['ukraine-war'],
    intensity: 1.5,
  },
  { speakerKey: 'mark-rutte', targetKeys: ['russia'], date: '2025-06-15', topicKeys: [], intensity: -2 },
  {
    speakerKey: 'nikolay-nozdrev',
    targetKeys: ['japan'],
    date: '2025-05',
    topicKeys: ['nato'],
    intensity: -2,
  },
];

async function addStatements(): Promise<void> {
  for (const [index, s] of ADDED.entries()) {
    await write(ADD_STATEMENT, {
      ...s,
      summary: `Remarks on the harbour works, number ${index + 1}.`,
      stance: s.intensity < 0 ? 'CRITICAL' : 'SUPPORTIVE',
      // "synthetic" too: a common word that these statements hold in their evidence only.
      evidence: {
        sourceKey: SOURCE,
        excerpt: `The ${EVIDENCE_WORD} harbour works, synthetic part ${index + 1}.`,
      },
    });
  }
}

const keyOf = (query: string) => (db.prepare(query).get() as { key: string }).key;

async function correctAndRetract(): Promise<void> {
  await write(
    `mutation($i: UpdateStatementInput!) { updateStatement(input: $i) { statement { key } userErrors { message } } }`,
    {
      id: toGlobalId(
        'Statement',
        keyOf("SELECT key FROM statements WHERE origin = 'api' ORDER BY id LIMIT 1"),
      ),
      reason: 'The summary named the wrong works.',
      stance: 'HOSTILE',
    },
  );
  const RETRACT = `mutation($i: RetractRecordInput!) { retractRecord(input: $i) { id userErrors { message } } }`;
  const firstSeeded = (table: string) =>
    keyOf(`SELECT key FROM ${table} WHERE origin = 'seed' ORDER BY id LIMIT 1`);
  await write(RETRACT, {
    id: toGlobalId('Statement', firstSeeded('statements')),
    reason: 'The interview was withdrawn.',
  });
  await write(RETRACT, {
    id: toGlobalId('Event', firstSeeded('events')),
    reason: 'A duplicate of another event.',
  });
}

interface Repositories {
  statements: ReturnType<typeof statementRepository>;
  events: ReturnType<typeof eventRepository>;
  revisions: ReturnType<typeof revisionRepository>;
  retracted: ReturnType<typeof retractedRepository>;
  recentRevisions: ReturnType<typeof recentRevisionRepository>;
}

const repositoriesOn = (sql: Sql): Repositories => ({
  statements: statementRepository(sql),
  events: eventRepository(sql),
  revisions: revisionRepository(sql),
  retracted: retractedRepository(sql),
  recentRevisions: recentRevisionRepository(sql),
});

let schema: TestSchema;
let lite: Repositories;
let pg: Repositories;

beforeAll(async () => {
  await addStatements();
  await correctAndRetract();
  await api.stop();
  schema = await createMigratedSchema(db);
  lite = repositoriesOn(sqliteSql(db));
  pg = repositoriesOn(postgresSql(schema.pool));
}, 120_000);

afterAll(async () => {
  await schema?.drop();
});

/** Asks both engines and expects one answer; returns SQLite's. */
async function same<T>(read: (r: Repositories) => Promise<T>): Promise<T> {
  const [fromSqlite, fromPostgres] = await Promise.all([read(lite), read(pg)]);
  expect(fromPostgres).toEqual(fromSqlite);
  return fromSqlite;
}

type Reader<Row> = (r: Repositories, start: unknown[] | null, backward: boolean) => Promise<StorePage<Row>>;

/**
 * Walks a list forward from its start and backward from its end, up to `pages` pages each way,
 * each page's cursor taken from the one before; both engines must agree on every page. Returns
 * the rows read forward.
 */
async function walk<Row>(read: Reader<Row>, pages = 4): Promise<{ forward: Row[]; first: PageAnswer<Row> }> {
  const forward: Row[] = [];
  let first: PageAnswer<Row> | undefined;
  for (const backward of [false, true]) {
    let start: unknown[] | null = null;
    for (let n = 0; n < pages; n += 1) {
      const answer: PageAnswer<Row> = await same(async (r) => pageAnswer(await read(r, start, backward)));
      first ??= answer;
      if (!backward) forward.push(...answer.rows);
      const more = backward ? answer.hasPreviousPage : answer.hasNextPage;
      if (!more || answer.rows.length === 0) break;
      start = backward ? answer.positions[0]! : answer.positions.at(-1)!;
    }
  }
  return { forward, first: first! };
}

const ORDERS: StatementOrderBy[] = [
  { field: 'DATE', direction: 'DESC' },
  { field: 'DATE', direction: 'ASC' },
  { field: 'INTENSITY', direction: 'DESC' },
  { field: 'INTENSITY', direction: 'ASC' },
];

const idOf = (key: string) =>
  (db.prepare('SELECT id FROM actors WHERE key = ?').get(key) as { id: number }).id;

/** Filters that name nothing held: every other filter finds statements. */
const FINDING_NONE = new Set([
  'a speaker no actor is',
  'a target no actor is',
  'a topic no topic is',
  'a word no record holds',
  'a word PostgreSQL reads no letter in, with a common word',
  'a word longer than any indexed word, with a common word',
  'no words at all',
]);

const STATEMENT_FILTERS: [string, () => StatementFilterArgs][] = [
  ['no filter', () => ({})],
  ['a speaker', () => ({ speakers: ['nikolay-nozdrev'] })],
  ['a speaker with its affiliates', () => ({ speakers: ['russia'], includeAffiliated: true })],
  ['a speaker without them', () => ({ speakers: ['russia'] })],
  ['two speakers', () => ({ speakers: ['japan', 'mark-rutte'] })],
  ['a speaker no actor is', () => ({ speakers: ['no-such-actor'] })],
  ['one target (walked by its links)', () => ({ targets: ['japan'] })],
  ['two targets', () => ({ targets: ['japan', 'nato'] })],
  ['a target and a speaker', () => ({ targets: ['japan'], speakers: ['nikolay-nozdrev'] })],
  ['a target no actor is', () => ({ targets: ['no-such-actor'] })],
  ['target ids', () => ({ targetIds: [idOf('russia')] })],
  ['speaker ids', () => ({ speakerIds: [idOf('japan'), idOf('russia')] })],
  ['a pair', () => ({ pair: { a: [idOf('russia'), idOf('nikolay-nozdrev')], b: [idOf('japan')] } })],
  ['a stance', () => ({ stances: ['HOSTILE'] })],
  ['two stances', () => ({ stances: ['CRITICAL', 'SUPPORTIVE'] })],
  ['a topic', () => ({ topics: ['nato'] })],
  ['two topics', () => ({ topics: ['ukraine-war', 'indo-pacific'] })],
  ['a topic no topic is', () => ({ topics: ['no-such-topic'] })],
  ['from a day', () => ({ from: toInterval('2025-05-05') })],
  ['from a month', () => ({ from: toInterval('2025-05') })],
  ['to a year', () => ({ to: toInterval('2024') })],
  ['to a month', () => ({ to: toInterval('2025-04') })],
  ['from a year to a month', () => ({ from: toInterval('2025'), to: toInterval('2025-05') })],
  ['a word of statements', () => ({ text: 'Nozdrev' })],
  ['two words', () => ({ text: 'harbour works' })],
  ['a word being typed', () => ({ text: 'militar' })],
  ['a word of evidence only', () => ({ text: EVIDENCE_WORD })],
  ['a word in every synthetic statement', () => ({ text: 'synthetic' })],
  ['a common word being typed', () => ({ text: 'synth' })],
  ['a word no record holds', () => ({ text: 'xylophonic' })],
  ['no words at all', () => ({ text: ' -- ' })],
  // U+0BF0 (Tamil ten) is a number to SQLite's tokenizer; PostgreSQL's parser reads no letter in it.
  ['a word PostgreSQL reads no letter in, with a common word', () => ({ text: '\u0bf0 synthetic' })],
  // NFKC makes each U+3316 six letters: one word of 1,146, past PostgreSQL's 2,047 bytes.
  [
    'a word longer than any indexed word, with a common word',
    () => ({ text: `${'\u3316'.repeat(190)}synthetic synthetic` }),
  ],
  ['operators as plain text', () => ({ text: 'Japan AND "militar' })],
  [
    'text with a topic, a stance and dates',
    () => ({ text: 'synthetic', topics: ['synth-energy'], stances: ['CRITICAL'], from: toInterval('2020') }),
  ],
  ['text with one target', () => ({ text: 'harbour', targets: ['russia'] })],
  [
    'text with a speaker and its affiliates',
    () => ({ text: 'Japan', speakers: ['russia'], includeAffiliated: true }),
  ],
];

describe('statements on both engines', () => {
  it('finds the same rows by id and key, and none for ids and keys not held', async () => {
    const ids = [1, 2, 3, 12, 13, TEXT_COUNT_CAP + 60, 9_999_999];
    const rows = await same((r) => r.statements.byIds(ids));
    expect(rows.filter(Boolean).length).toBeGreaterThan(3);
    const keys = rows.flatMap((row) => (row ? [row.key] : []));
    await same((r) => r.statements.byKeys([...keys, 'no-such-statement']));
    await same((r) => r.statements.byIds([]));
  });

  it("gives each statement the same targets and topics, in the statement's order", async () => {
    const ids = (
      db
        .prepare("SELECT id FROM statements WHERE origin <> 'seed' OR id < 20 ORDER BY id DESC LIMIT 40")
        .all() as {
        id: number;
      }[]
    ).map((row) => row.id);
    const targets = await same((r) => r.statements.targetIdsOf([...ids, 9_999_999]));
    expect(targets.flat().length).toBeGreaterThan(ids.length / 2);
    const topics = await same((r) => r.statements.topicsOf([...ids, 9_999_999]));
    expect(topics.flat().length).toBeGreaterThan(0);
  });

  for (const [name, filter] of STATEMENT_FILTERS) {
    it(`pages alike both ways in every order, counted alike: ${name}`, async () => {
      for (const order of ORDERS) {
        const { forward, first } = await walk((r, start, backward) =>
          r.statements.page(filter(), order, start, 5, backward),
        );
        expect(forward.length).toBe(Math.min(first.totalCount, 20));
        expect(first.totalCount > 0).toBe(!FINDING_NONE.has(name));
      }
      await same((r) => r.statements.count(filter()));
    });
  }

  it('finds statements by a word only their evidence holds', async () => {
    const found = await same(
      async (r) => (await r.statements.page({ text: EVIDENCE_WORD }, ORDERS[0]!, null, 20)).rows,
    );
    expect(found).toHaveLength(ADDED.length);
  });

  it('finds them by a common word only their evidence holds, tested statement by statement', async () => {
    const filter = { text: 'synthetic', speakers: ['mark-rutte'] };
    const found = await same(async (r) => (await r.statements.page(filter, ORDERS[0]!, null, 20)).rows);
    expect(found.map((row) => row.summary)).toContain('Remarks on the harbour works, number 3.');
  });

  it('stops counting a common word at the cap on both, and says the total is a floor', async () => {
    const page = await same(async (r) =>
      pageAnswer(await r.statements.page({ text: 'synthetic' }, ORDERS[0]!, null, 5)),
    );
    expect(page).toMatchObject({ totalCount: TEXT_COUNT_CAP, totalCountBound: 'AT_LEAST' });
  });

  it('refuses a cursor that does not fit the list on both', async () => {
    for (const r of [lite, pg])
      await expect(r.statements.page({}, ORDERS[0]!, ['2025-05-05'], 5)).rejects.toThrow(/cursor/);
  });
});

const EVENT_FILTERS: [string, () => EventFilterArgs][] = [
  ['no filter', () => ({})],
  ['an actor', () => ({ actors: ['japan'] })],
  ['an actor with its affiliates', () => ({ actors: ['japan'], includeAffiliated: true })],
  ['two actors', () => ({ actors: ['russia', 'belarus'] })],
  ['an actor no actor is', () => ({ actors: ['no-such-actor'] })],
  ['actor ids', () => ({ actorIds: [idOf('nato')] })],
  ['a pair', () => ({ pair: { a: [idOf('russia')], b: [idOf('japan')] } })],
  ['kinds', () => ({ kinds: ['CEREMONY', 'DIPLOMATIC'] })],
  ['from a month', () => ({ from: toInterval('2025-05') })],
  ['to a year', () => ({ to: toInterval('2024') })],
  ['from a day to a day', () => ({ from: toInterval('2025-01-01'), to: toInterval('2025-08-31') })],
];

describe('events on both engines', () => {
  it('finds the same rows, actors and measurements', async () => {
    const ids = (db.prepare('SELECT id FROM events ORDER BY id').all() as { id: number }[]).map(
      (row) => row.id,
    );
    const rows = await same((r) => r.events.byIds([...ids, 9_999_999]));
    expect(rows.filter(Boolean).length).toBe(ids.length);
    await same((r) => r.events.byKeys([...rows.flatMap((row) => (row ? [row.key] : [])), 'no-such-event']));
    const actors = await same((r) => r.events.actorIdsOf(ids));
    expect(actors.flat().length).toBeGreaterThan(ids.length);
    const measurements = await same((r) => r.events.measurementsOf(ids));
    expect(measurements.flat().length).toBeGreaterThan(0);
  });

  for (const [name, filter] of EVENT_FILTERS) {
    it(`pages alike both ways, counted alike: ${name}`, async () => {
      const { forward, first } = await walk((r, start, backward) =>
        r.events.page(filter(), start, 4, backward),
      );
      expect(forward.length).toBe(Math.min(first.totalCount, 16));
      await same((r) => r.events.count(filter()));
    });
  }
});

describe('retracted records, revisions and recent changes on both engines', () => {
  const retractedKeys = (type: string) =>
    (
      db.prepare('SELECT key FROM retracted_records WHERE record_type = ?').all(type) as { key: string }[]
    ).map((row) => row.key);

  it('reads retracted statements and events as they were kept, and nothing for live keys', async () => {
    const statements = await same((r) =>
      r.retracted.statementsByKeys([...retractedKeys('Statement'), 'no-such']),
    );
    expect(statements[0]?.retracted).toBeDefined();
    const events = await same((r) => r.retracted.eventsByKeys(retractedKeys('Event')));
    expect(events[0]?.retracted).toBeDefined();
    const live = keyOf('SELECT key FROM events LIMIT 1');
    expect(await same((r) => r.retracted.eventsByKeys([live]))).toEqual([null]);
    expect(await same((r) => r.retracted.packagesByKeys(['no-such-package']))).toEqual([null]);
  });

  it("gives each record's changes, and each retracted record's", async () => {
    const changed = (
      db.prepare("SELECT DISTINCT record_id FROM revisions WHERE record_type = 'Statement'").all() as {
        record_id: number;
      }[]
    ).map((row) => row.record_id);
    const revisions = await same((r) => r.revisions.of('Statement', [...changed, 9_999_999]));
    expect(revisions.flat().map((revision) => revision.action)).toEqual(
      expect.arrayContaining(['CREATED', 'UPDATED']),
    );
    await same((r) => r.revisions.of('Event', [1, 2]));
    const kept = (db.prepare('SELECT id FROM retracted_records ORDER BY id').all() as { id: number }[]).map(
      (row) => row.id,
    );
    const ofRetracted = await same((r) => r.revisions.ofRetracted([...kept, 9_999_999]));
    expect(ofRetracted.flat().map((revision) => revision.action)).toContain('RETRACTED');
  });

  it('lists the latest changes alike, retracted records named from what was kept', async () => {
    const latest = await same((r) => r.recentRevisions.latest(100));
    expect(latest.some((row) => row.recordRetracted)).toBe(true);
    expect(latest.some((row) => !row.recordRetracted)).toBe(true);
    await same((r) => r.recentRevisions.latest(2));
  });
});
