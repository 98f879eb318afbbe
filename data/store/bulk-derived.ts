/**
 * Bulk loads keep the statements' derived rows (the record counts, the month-and-stance
 * counts, the first source on each target link), and the counts of events, actors and
 * designations, by one statement per batch instead of a trigger per row. With those triggers on, the processor time of each 5,000-statement batch
 * grew with every batch already loaded (0.8 s for the first, 7.4 s for the sixth); with them
 * off it stays about 1 s, and a million statements no longer take quadratic time.
 * Like ./bulk-search.ts, the triggers are dropped and recreated inside the caller's
 * transaction, so a failed or killed load leaves them, and the rows, as they were.
 */
import type { Db } from './open';

/** A statement's month: year * 12 + month - 1 of its first day (migration 011). */
const MONTH_OF = (alias: string) =>
  `CAST(substr(${alias}.date_start, 1, 4) AS INTEGER) * 12 + CAST(substr(${alias}.date_start, 6, 2) AS INTEGER) - 1`;

/** The per-row triggers a bulk load suspends, with what keeps their rows once for all new rows. */
const DERIVED = {
  statements: {
    triggers: [
      'statements_count_insert',
      'statements_month_count_insert',
      'statement_targets_source_on_link',
    ],
    catchUp: [
      `UPDATE record_counts SET n = n + (SELECT count(*) FROM statements WHERE id > :lastId)
       WHERE table_name = 'statements'`,
      `INSERT INTO statement_month_counts (month, stance, n)
       SELECT ${MONTH_OF('s')}, s.stance, count(*) FROM statements s WHERE s.id > :lastId GROUP BY 1, 2
       ON CONFLICT (month, stance) DO UPDATE SET n = n + excluded.n`,
      // The evidence triggers, still on, fill links written before their evidence; this fills
      // any link of a new statement whose evidence came first.
      `UPDATE statement_targets SET source_id = (
         SELECT e.source_id FROM evidence e
         WHERE e.record_type = 'Statement' AND e.record_id = statement_targets.statement_id
         ORDER BY e.position LIMIT 1)
       WHERE statement_id > :lastId AND source_id IS NULL`,
    ],
  },
  events: {
    triggers: ['events_count_insert'],
    catchUp: [
      `UPDATE record_counts SET n = n + (SELECT count(*) FROM events WHERE id > :lastId)
       WHERE table_name = 'events'`,
    ],
  },
  // The FollowTheMoney importer adds designees and designations by the hundred thousand.
  actors: {
    triggers: ['actors_count_insert'],
    catchUp: [
      `UPDATE record_counts SET n = n + (SELECT count(*) FROM actors WHERE id > :lastId)
       WHERE table_name = 'actors'`,
    ],
  },
  sanction_designations: {
    triggers: ['sanction_designations_count_insert'],
    catchUp: [
      `UPDATE record_counts SET n = n + (SELECT count(*) FROM sanction_designations WHERE id > :lastId)
       WHERE table_name = 'sanction_designations'`,
    ],
  },
} as const;

type DerivedTable = keyof typeof DERIVED;

/**
 * Runs `load` (inside an open transaction) with the per-row triggers of `tables` off, then
 * brings their derived rows up to date for every row the load added. Rows the load updated
 * keep their triggers' work: only the insert triggers are suspended.
 */
export function withBulkDerivedRows<T>(db: Db, tables: readonly DerivedTable[], load: () => T): T {
  if (!db.inTransaction) throw new Error('withBulkDerivedRows needs an open transaction');
  const saved = tables.map((table) => {
    const lastId = db.prepare(`SELECT coalesce(max(id), 0) FROM ${table}`).pluck().get() as number;
    const triggers = DERIVED[table].triggers.map((name) => {
      const sql = db
        .prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?")
        .pluck()
        .get(name) as string | undefined;
      if (!sql) throw new Error(`no trigger ${name}`);
      db.exec(`DROP TRIGGER ${name}`);
      return sql;
    });
    return { table, lastId, triggers };
  });
  const result = load();
  for (const { table, lastId, triggers } of saved) {
    for (const sql of DERIVED[table].catchUp) db.prepare(sql).run({ lastId });
    for (const sql of triggers) db.exec(sql);
  }
  return result;
}
