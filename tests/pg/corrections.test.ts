/**
 * Corrections and retractions on PostgreSQL answer as on SQLite: the same sequence, sent in the
 * same order to the correction service on a seeded database of each engine, gets the same
 * results (corrections made, refusals with the same codes and messages) and leaves the same
 * rows, the kept snapshot of each retracted record among them. A revision carries the time it
 * was made, and a refusal of a retracted record names that time: those are compared without it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../data/store/open';
import { postgresWrites } from '../../data/store/pg/run-writes';
import { loadDatasetToPostgres } from '../../data/ingest/load-dataset';
import { correctionService, type NamedRecord } from '../../data/ingest/corrections';
import type { WriteResult } from '../../data/ingest/api-writes';
import { sqliteWrites } from '../../data/store/writes/run-sync';
import { toGlobalId, type NodeType } from '../../graphql/ids';
import { migratedSchema } from './migrated-schema';
import { freshDatabase } from '../helpers/db';

const ANALYST = { id: 1, name: 'admin' };
const STATEMENT = 'nozdrev-unfriendly-course';
const EVENT = 'atomic-bombings-1945';
const PACKAGE = 'japan-on-russia-2022-03-25';

type Corrections = ReturnType<typeof correctionService>;

const named = (type: NodeType, key: string): [NamedRecord, string] => [{ type, key }, toGlobalId(type, key)];

function update(w: Corrections, type: NodeType, key: string, changes: Record<string, unknown>) {
  const [record, id] = named(type, key);
  return w.updateStatement(ANALYST, record, { id, reason: 'The wire report was misread.', ...changes });
}

function retract(w: Corrections, type: NodeType, key: string, reason = 'The source withdrew it.') {
  const [record, id] = named(type, key);
  return w.retractRecord(ANALYST, record, { id, reason });
}

/** The sequence, in order: each is made, or refused, the same way on both engines. */
const STEPS: [string, (w: Corrections) => Promise<WriteResult>][] = [
  [
    'a change of stance, date and targets',
    (w) =>
      update(w, 'Statement', STATEMENT, {
        stance: 'HOSTILE',
        date: '2025-06-02',
        targetKeys: ['japan', 'nato', 'japan'],
      }),
  ],
  [
    'a second change of the same statement',
    (w) => update(w, 'Statement', STATEMENT, { quote: null, summary: 'Nozdrev called Tokyo unfriendly.' }),
  ],
  ['an intensity its CAMEO code does not allow', (w) => update(w, 'Statement', STATEMENT, { intensity: -7 })],
  ['a change that changes nothing', (w) => update(w, 'Statement', STATEMENT, { stance: 'HOSTILE' })],
  [
    'a change without a reason',
    (w) => update(w, 'Statement', STATEMENT, { summary: 'New.', reason: ' \u200b ' }),
  ],
  [
    'a change naming an unknown target',
    (w) => update(w, 'Statement', STATEMENT, { targetKeys: ['nowhere'] }),
  ],
  ['a change naming an event', (w) => update(w, 'Event', EVENT, { summary: 'Not a statement.' })],
  ['a retraction of the statement', (w) => retract(w, 'Statement', STATEMENT)],
  [
    'a correction from a form filled before the retraction',
    (w) => update(w, 'Statement', STATEMENT, { summary: 'Too late.' }),
  ],
  ['a retraction of an event', (w) => retract(w, 'Event', EVENT)],
  ['a retraction of a sanctions package', (w) => retract(w, 'SanctionPackage', PACKAGE)],
  ['the same package retracted again', (w) => retract(w, 'SanctionPackage', PACKAGE)],
  ['a retraction of a key that names nothing', (w) => retract(w, 'Event', 'no-such-event')],
  ['a retraction of an actor', (w) => retract(w, 'Actor', 'japan')],
  ['a retraction without a reason', (w) => retract(w, 'Event', 'direct-flights-suspended', '')],
];

/** A refusal of a retracted record names the minute it was retracted: "on 2026-12-01 09:30 UTC". */
const withoutTime = (value: unknown) =>
  typeof value === 'string' ? value.replace(/\d{4}-\d\d-\d\d \d\d:\d\d UTC/g, '<time> UTC') : value;

/** What is compared of a row: every column but the time of a revision. */
const comparable = (row: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(row).filter(([name]) => name !== 'at'));

const TABLES = [
  'statements',
  'statement_targets',
  'statement_topics',
  'events',
  'event_actors',
  'measurements',
  'sanction_packages',
  'package_figures',
  'evidence',
  'revisions',
  'retracted_records',
  'record_counts',
  'statement_month_counts',
];

describe('corrections and retractions on PostgreSQL', () => {
  const schema = migratedSchema();
  let sqlite: Db;
  const results: Record<'sqlite' | 'postgres', unknown[]> = { sqlite: [], postgres: [] };
  let noted = 0;

  beforeAll(async () => {
    sqlite = freshDatabase().db;
    await loadDatasetToPostgres(schema.pool);
    const onSqlite = correctionService(sqliteWrites(sqlite));
    const onPostgres = correctionService(postgresWrites(schema.pool, () => (noted += 1)));
    for (const [, step] of STEPS) {
      results.sqlite.push(await step(onSqlite));
      results.postgres.push(await step(onPostgres));
    }
  });
  afterAll(async () => {
    sqlite?.close();
  });

  it('makes and refuses each correction as SQLite does', () => {
    const byName = (list: unknown[]) =>
      Object.fromEntries(
        STEPS.map(([name], i) => [name, JSON.parse(JSON.stringify(list[i]), (_, v) => withoutTime(v))]),
      );
    const expected = byName(results.sqlite);
    expect(byName(results.postgres)).toEqual(expected);
    // The sequence exercises what it says: corrections made, and each kind of refusal.
    const codes = Object.values(expected).map(
      (r) => (r as WriteResult).problems.map((p) => p.code).join(',') || 'made',
    );
    expect(codes).toEqual([
      'made',
      'made',
      'INVALID_INPUT',
      'INVALID_INPUT',
      'INVALID_INPUT',
      'NOT_FOUND',
      'INVALID_INPUT',
      'made',
      'CONFLICT',
      'made',
      'made',
      'CONFLICT',
      'NOT_FOUND',
      'INVALID_INPUT',
      'INVALID_INPUT',
    ]);
    expect(
      (expected['a correction from a form filled before the retraction'] as WriteResult).problems[0]!.message,
    ).toMatch(/was retracted on <time> UTC by admin/);
  });

  it('leaves the same rows, the retracted records kept with their snapshots', async () => {
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
    const kept = await schema.pool.query('SELECT record_type, key FROM retracted_records ORDER BY id');
    expect(kept.rows).toEqual([
      { record_type: 'Statement', key: STATEMENT },
      { record_type: 'Event', key: EVENT },
      { record_type: 'SanctionPackage', key: PACKAGE },
    ]);
    const revisions = await schema.pool.query(
      'SELECT action, fields, reason, retracted_id IS NOT NULL AS kept FROM revisions ORDER BY id',
    );
    expect(revisions.rows).toEqual([
      {
        action: 'UPDATED',
        fields: '["targetKeys","date","stance"]',
        reason: 'The wire report was misread.',
        kept: true,
      },
      {
        action: 'UPDATED',
        fields: '["quote","summary"]',
        reason: 'The wire report was misread.',
        kept: true,
      },
      { action: 'RETRACTED', fields: '[]', reason: 'The source withdrew it.', kept: true },
      { action: 'RETRACTED', fields: '[]', reason: 'The source withdrew it.', kept: true },
      { action: 'RETRACTED', fields: '[]', reason: 'The source withdrew it.', kept: true },
    ]);
  });

  it('tells the runner of each correction and retraction made, after its commit', () => {
    expect(noted).toBe(5);
  });
});
