/**
 * A bulk load suspends the statements' and events' per-row insert triggers and brings their
 * derived rows up to date once per batch: the result must be the rows the triggers would keep.
 */
import { describe, expect, it } from 'vitest';
import { withBulkDerivedRows } from '../../data/store/bulk-derived';
import { loadSynthetic } from '../../data/synth/load';
import { freshDatabase } from '../helpers/db';

type Db = ReturnType<typeof freshDatabase>['db'];
const value = (db: Db, sql: string) => db.prepare(sql).pluck().get();
const SUSPENDED = [
  'statements_count_insert',
  'statements_month_count_insert',
  'statement_targets_source_on_link',
  'events_count_insert',
];
const triggers = (db: Db) =>
  db
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'trigger' AND name IN (${SUSPENDED.map(() => '?').join(', ')})`,
    )
    .pluck()
    .all(...SUSPENDED);

describe('derived rows kept by a bulk load', () => {
  it('equal what the triggers keep, and the triggers are back after it', async () => {
    const { db } = freshDatabase();
    await loadSynthetic(db, { statements: 2500, events: 300, designations: 0 });
    expect(triggers(db)).toHaveLength(SUSPENDED.length);
    for (const table of ['statements', 'events'])
      expect(value(db, `SELECT n FROM record_counts WHERE table_name = '${table}'`), table).toBe(
        value(db, `SELECT count(*) FROM ${table}`),
      );
    const monthDrift = value(
      db,
      `SELECT count(*) FROM (
         SELECT CAST(substr(date_start, 1, 4) AS INTEGER) * 12 + CAST(substr(date_start, 6, 2) AS INTEGER) - 1 AS month,
           stance, count(*) AS n FROM statements GROUP BY 1, 2
         EXCEPT SELECT month, stance, n FROM statement_month_counts)`,
    );
    expect(monthDrift).toBe(0);
    // Every target link carries its statement's first source.
    const wrongSource = value(
      db,
      `SELECT count(*) FROM statement_targets st WHERE st.source_id IS NOT (
         SELECT e.source_id FROM evidence e WHERE e.record_type = 'Statement' AND e.record_id = st.statement_id
         ORDER BY e.position LIMIT 1)`,
    );
    expect(value(db, 'SELECT count(*) FROM statement_targets')).toBeGreaterThan(2500);
    expect(wrongSource).toBe(0);
  });

  it('keep the counts of the actors and designations an import adds, and the triggers are back after it', async () => {
    const { db } = freshDatabase();
    const suspended = ['actors_count_insert', 'sanction_designations_count_insert'];
    await loadSynthetic(db, { statements: 0, events: 0, designations: 400 });
    expect(value(db, 'SELECT count(*) FROM sanction_designations')).toBeGreaterThan(0);
    expect(
      db
        .prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?)`)
        .pluck()
        .all(...suspended),
    ).toHaveLength(2);
    for (const table of ['actors', 'sanction_designations'])
      expect(value(db, `SELECT n FROM record_counts WHERE table_name = '${table}'`), table).toBe(
        value(db, `SELECT count(*) FROM ${table}`),
      );
  });

  it('leaves the triggers and the counts as they were when the load fails', () => {
    const { db } = freshDatabase();
    const before = value(db, "SELECT n FROM record_counts WHERE table_name = 'statements'");
    expect(() =>
      db.transaction(() =>
        withBulkDerivedRows(db, ['statements', 'events'], () => {
          db.prepare('DELETE FROM statements WHERE id = (SELECT min(id) FROM statements)').run();
          throw new Error('the load failed');
        }),
      )(),
    ).toThrow('the load failed');
    expect(triggers(db)).toHaveLength(SUSPENDED.length);
    expect(value(db, "SELECT n FROM record_counts WHERE table_name = 'statements'")).toBe(before);
  });

  it('refuses to run outside a transaction', () => {
    const { db } = freshDatabase();
    expect(() => withBulkDerivedRows(db, ['statements'], () => 1)).toThrow(/open transaction/);
  });
});
