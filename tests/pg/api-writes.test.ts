/**
 * The API's writes on PostgreSQL answer as on SQLite: the same inputs, sent in the same order to
 * the write service on a seeded database of each engine, get the same results (records made,
 * duplicates and conflicts refused, unknown keys named) and leave the same rows. Generated keys
 * end in random characters and a revision carries the time it was made: those are compared
 * without them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../data/store/open';
import { postgresWrites } from '../../data/store/pg/run-writes';
import { loadDatasetToPostgres } from '../../data/ingest/load-dataset';
import { writeService, type WriteService, type WriteResult } from '../../data/ingest/api-writes';
import { sqliteWrites } from '../../data/store/writes/run-sync';
import { migratedSchema } from './migrated-schema';
import { freshDatabase } from '../helpers/db';

const SOURCE = 'almayadeen-2025-russia-japan-rift';
const ANALYST = { id: 1, name: 'admin' };

/** The writes, in order: each is made, or refused, the same way on both engines. */
const WRITES: [string, (writes: WriteService) => Promise<WriteResult>][] = [
  [
    'a source',
    (w) =>
      w.addSource(ANALYST, {
        key: 'wire-report',
        title: 'A wire report',
        outlet: 'Wire',
        url: 'https://example.org/Report/',
        outletKind: 'WIRE_AGENCY',
        reliability: 'B',
      }),
  ],
  [
    'the same address again',
    (w) =>
      w.addSource(ANALYST, {
        key: 'wire-copy',
        title: 'A copy',
        outlet: 'Wire',
        url: 'HTTPS://EXAMPLE.ORG/Report',
      }),
  ],
  [
    'a source whose key is taken',
    (w) => w.addSource(ANALYST, { key: SOURCE, title: 'Taken', outlet: 'Wire' }),
  ],
  [
    'an actor with an affiliation',
    (w) => w.addActor(ANALYST, { name: 'Andrei Rudenko', kind: 'PERSON', affiliationKey: 'russia' }),
  ],
  ['an actor whose key is taken', (w) => w.addActor(ANALYST, { name: 'Andrei Rudenko', kind: 'PERSON' })],
  [
    'a statement',
    (w) =>
      w.addStatement(ANALYST, {
        speakerKey: 'andrei-rudenko',
        targetKeys: ['japan'],
        date: '2025-12-01',
        quote: 'We will not be intimidated.',
        summary: 'Rudenko warned Japan.',
        stance: 'HOSTILE',
        intensity: -6,
        cameoCode: '13',
        topicKeys: ['sanctions'],
        evidence: { sourceKey: 'wire-report', excerpt: 'He said: "We will not be intimidated."' },
      }),
  ],
  [
    'the same quote again, spelled otherwise',
    (w) =>
      w.addStatement(ANALYST, {
        speakerKey: 'andrei-rudenko',
        targetKeys: ['japan'],
        date: '2025-12-01',
        quote: 'we will  not be INTIMIDATED',
        summary: 'Rudenko warned Japan again.',
        stance: 'HOSTILE',
        intensity: -6,
        evidence: { sourceKey: 'wire-report', excerpt: 'He said: "we will  not be INTIMIDATED"' },
      }),
  ],
  [
    'a statement naming keys that name nothing',
    (w) =>
      w.addStatement(ANALYST, {
        speakerKey: 'andrei-rudenko',
        targetKeys: ['nowhere', 'nobody'],
        date: '2025-12-02',
        summary: 'Unknown targets.',
        stance: 'HOSTILE',
        intensity: -2,
        topicKeys: ['no-topic'],
        evidence: { sourceKey: 'no-source', note: 'Unknown.' },
      }),
  ],
  [
    'an event',
    (w) =>
      w.addEvent(ANALYST, {
        date: '2025-12-02',
        kind: 'DIPLOMATIC',
        title: 'Envoys met in Vladivostok',
        summary: 'A meeting.',
        actorKeys: ['russia', 'japan'],
        evidence: { sourceKey: SOURCE, note: 'Made up for the test.' },
      }),
  ],
  [
    'the same event, its actors in another order',
    (w) =>
      w.addEvent(ANALYST, {
        date: '2025-12-02',
        kind: 'DIPLOMATIC',
        title: '  envoys MET in Vladivostok.',
        summary: 'The same meeting.',
        actorKeys: ['japan', 'russia', 'japan'],
        evidence: { sourceKey: SOURCE, note: 'Made up for the test.' },
      }),
  ],
  [
    'an event of one of those actors only',
    (w) =>
      w.addEvent(ANALYST, {
        date: '2025-12-02',
        kind: 'DIPLOMATIC',
        title: 'Envoys met in Vladivostok',
        summary: 'Another meeting.',
        actorKeys: ['russia'],
        evidence: { sourceKey: SOURCE, note: 'Made up for the test.' },
      }),
  ],
  [
    'a package opening a regime',
    (w) =>
      w.addSanctionPackage(ANALYST, {
        imposerKey: 'andrei-rudenko',
        targetKey: 'japan',
        date: '2025-12-05',
        ordinal: 1,
        title: 'Asset freeze on shipping firms',
        measures: ['ASSET_FREEZE'],
        cameoCode: '163',
        evidence: { sourceKey: 'wire-report', note: 'Made up for the test.' },
      }),
  ],
  [
    'the same number in that regime',
    (w) =>
      w.addSanctionPackage(ANALYST, {
        imposerKey: 'andrei-rudenko',
        targetKey: 'japan',
        date: '2025-12-06',
        ordinal: 1,
        title: 'Another package',
        measures: ['ASSET_FREEZE'],
        cameoCode: '163',
        evidence: { sourceKey: 'wire-report', note: 'Made up for the test.' },
      }),
  ],
];

/** A generated key without its random end ("japan-2025-12-01-1a2b3c4d" is "japan-2025-12-01-*"). */
const withoutRandomEnd = (value: unknown) =>
  typeof value === 'string' ? value.replace(/-[0-9a-f]{8}$/, '-*').replace(/-[0-9a-f]{8}"/g, '-*"') : value;

/** What is compared of a row: every column but the time of a revision and the hash over a key. */
const comparable = (row: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(row)
      .filter(([name]) => name !== 'at' && name !== 'content_hash')
      .map(([name, value]) => [name, withoutRandomEnd(value)]),
  );

const TABLES = [
  'sources',
  'actors',
  'statements',
  'statement_targets',
  'statement_topics',
  'events',
  'event_actors',
  'sanction_regimes',
  'sanction_packages',
  'evidence',
  'revisions',
  'record_counts',
  'statement_month_counts',
];

describe('API writes on PostgreSQL', () => {
  const schema = migratedSchema();
  let sqlite: Db;
  const results: Record<'sqlite' | 'postgres', unknown[]> = { sqlite: [], postgres: [] };
  let noted = 0;

  beforeAll(async () => {
    sqlite = freshDatabase().db;
    await loadDatasetToPostgres(schema.pool);
    const onSqlite = writeService(sqliteWrites(sqlite));
    const onPostgres = writeService(postgresWrites(schema.pool, () => (noted += 1)));
    for (const [, write] of WRITES) {
      results.sqlite.push(await write(onSqlite));
      results.postgres.push(await write(onPostgres));
    }
  });
  afterAll(async () => {
    sqlite?.close();
  });

  it('makes and refuses each write as SQLite does', () => {
    const named = (list: unknown[]) =>
      Object.fromEntries(
        WRITES.map(([name], i) => [name, JSON.parse(JSON.stringify(list[i]), (_, v) => withoutRandomEnd(v))]),
      );
    const expected = named(results.sqlite);
    expect(named(results.postgres)).toEqual(expected);
    // The sequence exercises what it says: writes made, and each kind of refusal.
    const codes = Object.values(expected).map(
      (r) => (r as WriteResult).problems.map((p) => p.code).join(',') || 'made',
    );
    expect(codes).toEqual([
      'made',
      'DUPLICATE',
      'CONFLICT',
      'made',
      'CONFLICT',
      'made',
      'DUPLICATE',
      'NOT_FOUND,NOT_FOUND,NOT_FOUND',
      'made',
      'DUPLICATE',
      'made',
      'made',
      'DUPLICATE',
    ]);
  });

  it('leaves the same rows, with a revision for each record made', async () => {
    for (const table of TABLES) {
      const columns = sqlite
        .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}') ORDER BY cid`)
        .all()
        .map((c) => `"${c.name}"`);
      const order = columns.slice(0, 3);
      const sqliteRows = sqlite
        .prepare(`SELECT ${columns.join(', ')} FROM ${table} ORDER BY ${order.join(', ')}`)
        .all() as Record<string, unknown>[];
      const postgresRows = (
        await schema.pool.query(
          `SELECT ${columns.join(', ')} FROM ${table} ORDER BY ${order.map((c) => `${c} NULLS FIRST`).join(', ')}`,
        )
      ).rows as Record<string, unknown>[];
      expect({ [table]: postgresRows.map(comparable) }).toEqual({ [table]: sqliteRows.map(comparable) });
    }
    const revisions = await schema.pool.query('SELECT count(*)::int AS n FROM revisions');
    expect(revisions.rows[0].n).toBe(7);
  });

  it('tells the runner of each write that changed stored data, after its commit', () => {
    expect(noted).toBe(6);
  });
});
