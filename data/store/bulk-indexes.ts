/**
 * A bulk load into a fresh or small database writes faster with the secondary indexes of the
 * tables it fills dropped, and built once at its end by sorting, than with every row placed in
 * every index as it comes (docs/performance.md, "Loading 1.7 million records").
 *
 * A load commits batch after batch, so the indexes stay dropped across many transactions. The
 * transaction that drops them also writes their SQL into a ledger table, and the one that builds
 * them again deletes it: whatever stops the load between the two (an error, a kill, a power
 * cut), the ledger says which indexes are missing, and the next `openDatabase` builds them
 * before anything reads the database.
 */
import type { Db } from './open';

const LEDGER = 'bulk_load_suspended_indexes';

const hasLedger = (db: Db) =>
  db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").pluck().get(LEDGER) === 1;

/** How many rows `tables` hold together: what a load weighs against what it adds. */
export const rowsHeld = (db: Db, tables: readonly string[]) =>
  tables.reduce(
    (sum, table) => sum + (db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number),
    0,
  );

/**
 * The plain indexes of `tables`. Indexes that enforce uniqueness are left out: the writers find
 * duplicates through them (a UNIQUE or PRIMARY KEY constraint's own index cannot be dropped).
 */
function plainIndexes(db: Db, tables: readonly string[]): { name: string; sql: string }[] {
  const indexes = db
    .prepare(
      `SELECT name, sql FROM sqlite_master
       WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${tables.map(() => '?').join(', ')})
       ORDER BY name`,
    )
    .all(...tables) as { name: string; sql: string }[];
  return indexes.filter(({ sql }) => !/^\s*CREATE\s+UNIQUE\b/i.test(sql));
}

const dropIndex = (db: Db, name: string) => db.exec(`DROP INDEX "${name.replaceAll('"', '""')}"`);

/**
 * Drops the plain indexes of `tables`, noting each in the ledger in the same transaction, and
 * returns their names.
 */
export function suspendIndexes(db: Db, tables: readonly string[]): string[] {
  return db
    .transaction(() => {
      db.exec(`CREATE TABLE IF NOT EXISTS ${LEDGER} (name TEXT PRIMARY KEY, sql TEXT NOT NULL) STRICT`);
      const note = db.prepare(`INSERT INTO ${LEDGER} (name, sql) VALUES (?, ?)`);
      return plainIndexes(db, tables).map(({ name, sql }) => {
        note.run(name, sql);
        dropIndex(db, name);
        return name;
      });
    })
    .immediate();
}

/** Builds every index the ledger names, in one transaction that also drops the ledger. */
export function restoreIndexes(db: Db): string[] {
  if (!hasLedger(db)) return [];
  return db
    .transaction(() => {
      const indexes = db.prepare(`SELECT name, sql FROM ${LEDGER} ORDER BY name`).all() as {
        name: string;
        sql: string;
      }[];
      for (const { sql } of indexes) db.exec(sql);
      db.exec(`DROP TABLE ${LEDGER}`);
      return indexes.map((index) => index.name);
    })
    .immediate();
}

/**
 * Runs `load` with the plain indexes of `tables` dropped, and builds them again after it,
 * whether it succeeds or fails. `load` must not be inside a transaction: the drop and the build
 * are transactions of their own, so that `load` may commit as often as it likes in between.
 */
export async function withIndexesSuspended<T>(
  db: Db,
  tables: readonly string[],
  load: () => T | Promise<T>,
): Promise<T> {
  if (db.inTransaction) throw new Error('withIndexesSuspended must run outside a transaction');
  suspendIndexes(db, tables);
  try {
    return await load();
  } finally {
    restoreIndexes(db);
  }
}

/**
 * Runs `load` inside the caller's open transaction with the plain indexes of `tables` dropped,
 * and builds them before returning: the drop, the rows and the build commit or roll back
 * together, so no ledger is needed. For a load that is a single transaction (an import).
 */
export function withIndexesRebuiltInTransaction<T>(db: Db, tables: readonly string[], load: () => T): T {
  if (!db.inTransaction) throw new Error('withIndexesRebuiltInTransaction needs an open transaction');
  const indexes = plainIndexes(db, tables);
  for (const { name } of indexes) dropIndex(db, name);
  const result = load();
  for (const { sql } of indexes) db.exec(sql);
  return result;
}
