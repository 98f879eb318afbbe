/**
 * The rows PostgreSQL's triggers keep (record_counts, statement_month_counts, what a target link
 * carries of its statement) must move as SQLite's triggers move them: the same plain SQL runs on
 * a fresh database of each engine, and after every step both hold the same derived rows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../data/store/open';
import { migratedSchema } from './migrated-schema';

const statement = (id: number, speaker: number, dateStart: string, stance: string, intensity = -5) =>
  `(${id}, 'st${id}', ${speaker}, '${dateStart}', '${dateStart}', '${dateStart}', 'summary ${id}', '${stance}', ${intensity},
    'CONFIRMED', 'test', 'h')`;
const STATEMENT_COLUMNS =
  'id, key, speaker_id, date, date_start, date_end, summary, stance, intensity, verification, origin, content_hash';

/** Writes of every counted kind, several rows per statement where it matters. */
const STEPS: [string, string][] = [
  [
    'three actors',
    `INSERT INTO actors (id, key, kind, name, origin, content_hash) VALUES
       (1, 'a', 'STATE', 'Alpha', 'test', 'h'), (2, 'b', 'STATE', 'Beta', 'test', 'h'),
       (3, 'c', 'PERSON', 'Gamma', 'test', 'h')`,
  ],
  [
    'two sources',
    `INSERT INTO sources (id, key, title, outlet, origin, content_hash) VALUES
       (1, 's1', 'First', 'Wire', 'test', 'h'), (2, 's2', 'Second', 'Wire', 'test', 'h')`,
  ],
  [
    'four statements in three months',
    `INSERT INTO statements (${STATEMENT_COLUMNS}) VALUES ${[
      statement(1, 1, '2025-01-01', 'HOSTILE'),
      statement(2, 1, '2025-01-20', 'HOSTILE'),
      statement(3, 2, '2025-03-02', 'NEUTRAL', 1),
      statement(4, 2, '2024-01-01', 'SUPPORTIVE', 3),
    ].join(', ')}`,
  ],
  ['a stance changed', `UPDATE statements SET stance = 'CRITICAL' WHERE id = 2`],
  ['a first day changed', `UPDATE statements SET date_start = '2025-02-01', date = '2025-02' WHERE id = 3`],
  ['a summary changed', `UPDATE statements SET summary = 'edited'`],
  ['a stance set to what it was', `UPDATE statements SET stance = 'HOSTILE' WHERE id = 1`],
  ['two statements deleted', 'DELETE FROM statements WHERE id IN (1, 4)'],
  [
    'a statement added again',
    `INSERT INTO statements (${STATEMENT_COLUMNS}) VALUES ${statement(5, 3, '2025-01-05', 'HOSTILE')}`,
  ],
  [
    'two events',
    `INSERT INTO events (id, key, date, date_start, date_end, kind, title, summary, verification, origin, content_hash)
     VALUES (1, 'e1', '2025-01', '2025-01-01', '2025-01-31', 'STRIKE', 'One', 'First event', 'CONFIRMED', 'test', 'h'),
            (2, 'e2', '2025-02', '2025-02-01', '2025-02-28', 'STRIKE', 'Two', 'Second event', 'CONFIRMED', 'test', 'h')`,
  ],
  ['an event deleted', 'DELETE FROM events WHERE id = 1'],
  [
    'an alliance',
    `INSERT INTO alliances (id, key, name, kind, origin, content_hash) VALUES (1, 'al', 'Pact', 'ALLIANCE', 'test', 'h')`,
  ],
  [
    'a regime',
    `INSERT INTO sanction_regimes (id, key, imposer_id, target_id, origin, content_hash) VALUES (1, 'r', 1, 2, 'test', 'h')`,
  ],
  [
    'a package',
    `INSERT INTO sanction_packages (id, key, regime_id, date, date_start, date_end, title, origin, content_hash)
     VALUES (1, 'p', 1, '2025-01', '2025-01-01', '2025-01-31', 'First package', 'test', 'h')`,
  ],
  [
    'two designations',
    `INSERT INTO sanction_designations (id, key, regime_id, designee_id, authority, status, origin_dataset, origin, content_hash)
     VALUES (1, 'd1', 1, 3, 'OFAC', 'ACTIVE', 'test', 'test', 'h'), (2, 'd2', 1, 3, 'EU', 'ACTIVE', 'test', 'test', 'h')`,
  ],
  ['a designation deleted', 'DELETE FROM sanction_designations WHERE id = 1'],
  ['the package deleted', 'DELETE FROM sanction_packages'],
  ['the alliance deleted', 'DELETE FROM alliances'],
  ['a source deleted', 'DELETE FROM sources WHERE id = 2'],
  ['the other designation deleted', 'DELETE FROM sanction_designations'],
  ['the statement of actor 3 deleted', 'DELETE FROM statements WHERE speaker_id = 3'],
  ['an actor deleted', 'DELETE FROM actors WHERE id = 3'],
];

/** Links written as SQLite's writer writes them (with their statement's values), then evidence. */
const LINK_STEPS: [string, string][] = [
  [
    'links before any evidence',
    `INSERT INTO statement_targets (statement_id, actor_id, position, date_start, speaker_id, intensity, date) VALUES
       (2, 2, 0, '2025-01-20', 1, -5, '2025-01-20'), (3, 1, 0, '2025-02-01', 2, 1, '2025-02')`,
  ],
  [
    'evidence for both statements',
    `INSERT INTO evidence (record_type, record_id, position, source_id, excerpt) VALUES
       ('Statement', 2, 0, 1, 'first words'), ('Statement', 3, 0, 1, NULL), ('Event', 2, 0, 1, 'not a statement')`,
  ],
  [
    'a new first piece of evidence from another source',
    `INSERT INTO sources (id, key, title, outlet, origin, content_hash) VALUES (3, 's3', 'Third', 'Desk', 'test', 'h');
     INSERT INTO evidence (record_type, record_id, position, source_id) VALUES ('Statement', 2, -1, 3)`,
  ],
  ['a source changed in place', `UPDATE evidence SET source_id = 1 WHERE record_id = 2 AND position = -1`],
  [
    'evidence moved to another statement',
    `UPDATE evidence SET record_id = 3, position = 5 WHERE record_id = 2 AND position = 0`,
  ],
  [
    'a link written after its evidence',
    `INSERT INTO statement_targets (statement_id, actor_id, position, date_start, speaker_id, intensity, date)
     VALUES (3, 2, 1, '2025-02-01', 2, 1, '2025-02')`,
  ],
  [
    'evidence removed',
    `DELETE FROM evidence WHERE record_type = 'Statement' AND record_id = 3 AND position = 0`,
  ],
  ['all evidence removed', `DELETE FROM evidence`],
];

const READS = {
  record_counts: 'SELECT table_name, n FROM record_counts ORDER BY table_name',
  statement_month_counts: 'SELECT month, stance, n FROM statement_month_counts ORDER BY month, stance',
  statement_targets: `SELECT statement_id, actor_id, position, date_start, speaker_id, intensity, date, source_id
    FROM statement_targets ORDER BY statement_id, actor_id`,
};

describe('rows the PostgreSQL triggers keep', () => {
  const schema = migratedSchema();
  let sqlite: Db;

  beforeAll(async () => {
    sqlite = openDatabase(':memory:');
  });
  afterAll(async () => {
    sqlite?.close();
  });

  const read = async (sql: string) => ({
    sqlite: sqlite.prepare(sql).all(),
    postgres: (await schema.pool.query(sql)).rows,
  });

  it('start as SQLite starts: every counted table at zero', async () => {
    const counts = await read(READS.record_counts);
    expect(counts.postgres).toEqual(counts.sqlite);
    expect(counts.postgres.map((r) => r.table_name)).toHaveLength(7);
    expect(counts.postgres.every((r) => r.n === 0)).toBe(true);
  });

  it('move record_counts and statement_month_counts as SQLite does, write by write', async () => {
    for (const [step, sql] of STEPS) {
      sqlite.exec(sql);
      await schema.pool.query(sql);
      for (const table of ['record_counts', 'statement_month_counts'] as const) {
        const rows = await read(READS[table]);
        expect({ step, table, rows: rows.postgres }).toEqual({ step, table, rows: rows.sqlite });
      }
    }
    // The counts equal a count of the rows themselves.
    const kept = await schema.pool.query(READS.record_counts);
    for (const { table_name: table, n } of kept.rows) {
      const counted = await schema.pool.query(`SELECT count(*) AS n FROM ${table}`);
      expect({ table, n }).toEqual({ table, n: counted.rows[0].n });
    }
    const months = await schema.pool.query(
      `SELECT month, stance, n FROM statement_month_counts WHERE n > 0 ORDER BY month, stance`,
    );
    expect(months.rows).toEqual([
      { month: 2025 * 12 + 0, stance: 'CRITICAL', n: 1 },
      { month: 2025 * 12 + 1, stance: 'NEUTRAL', n: 1 },
    ]);
  });

  it('keep the first source on target links as SQLite does, whatever the order of writes', async () => {
    for (const [step, sql] of LINK_STEPS) {
      sqlite.exec(sql);
      await schema.pool.query(sql);
      const rows = await read(READS.statement_targets);
      expect({ step, rows: rows.postgres }).toEqual({ step, rows: rows.sqlite });
    }
  });

  it('fill a link with its statement, and follow the statement when it changes', async () => {
    await schema.pool.query(`INSERT INTO sources (id, key, title, outlet, origin, content_hash)
      VALUES (9, 's9', 'Ninth', 'Wire', 'test', 'h')`);
    await schema.pool.query(`INSERT INTO evidence (record_type, record_id, position, source_id)
      VALUES ('Statement', 2, 0, 9)`);
    await schema.pool.query(
      'INSERT INTO statement_targets (statement_id, actor_id, position) VALUES (2, 1, 1)',
    );
    const link = () =>
      schema.pool
        .query(
          `SELECT date_start, speaker_id, intensity, date, source_id FROM statement_targets
           WHERE statement_id = 2 AND actor_id = 1`,
        )
        .then((r) => r.rows[0]);
    expect(await link()).toEqual({
      date_start: '2025-01-20',
      speaker_id: 1,
      intensity: -5,
      date: '2025-01-20',
      source_id: 9,
    });
    await schema.pool.query(
      `UPDATE statements SET intensity = 2.5, speaker_id = 2, date = '2025-06', date_start = '2025-06-01' WHERE id = 2`,
    );
    expect(await link()).toEqual({
      date_start: '2025-06-01',
      speaker_id: 2,
      intensity: 2.5,
      date: '2025-06',
      source_id: 9,
    });
  });

  it('roll back with the write that moved them', async () => {
    const before = await schema.pool.query(READS.record_counts);
    const client = await schema.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(`INSERT INTO actors (id, key, kind, name, origin, content_hash)
        VALUES (50, 'z', 'STATE', 'Zeta', 'test', 'h')`);
      expect((await client.query(`SELECT n FROM record_counts WHERE table_name = 'actors'`)).rows[0].n).toBe(
        before.rows.find((r) => r.table_name === 'actors').n + 1,
      );
      await client.query('ROLLBACK');
    } finally {
      client.release();
    }
    expect((await schema.pool.query(READS.record_counts)).rows).toEqual(before.rows);
  });
});
