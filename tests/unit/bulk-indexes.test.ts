/**
 * A large bulk load drops the plain indexes of the tables it fills and builds them at its end;
 * whatever happens, the database must end with the schema its migrations give it.
 */
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../data/store/open';
import {
  restoreIndexes,
  suspendIndexes,
  withIndexesRebuiltInTransaction,
  withIndexesSuspended,
} from '../../data/store/bulk-indexes';
import { loadSynthetic } from '../../data/synth/load';
import { contentFingerprint, freshDatabase } from '../helpers/db';

/** Every schema object but its page number, which a rebuilt index does not keep. */
const schema = (db: Db) =>
  db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name').all();

const indexNames = (db: Db, table: string) =>
  db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL")
    .pluck()
    .all(table);

const FILLED = ['statements', 'statement_targets', 'statement_topics', 'evidence', 'events', 'event_actors'];

describe('indexes suspended during a bulk load', () => {
  it('are dropped while the load writes and all back after it: the schema is the migrated one', async () => {
    const { db } = freshDatabase();
    const migrated = schema(db);
    const seen: number[] = [];
    await loadSynthetic(
      db,
      { statements: 1200, events: 300, designations: 50 },
      (p) => {
        if (p.phase === 'statements') seen.push(indexNames(db, 'statements').length);
      },
      'suspend',
    );
    // While the statements were written, `statements` had none of its four plain indexes.
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen)).toEqual(new Set([0]));
    expect(schema(db)).toEqual(migrated);
  });

  it('give the same rows as a load that keeps them', async () => {
    const kept = freshDatabase().db;
    const suspended = freshDatabase().db;
    const counts = { statements: 1500, events: 400, designations: 0 };
    await loadSynthetic(kept, counts, () => {}, 'keep');
    await loadSynthetic(suspended, counts, () => {}, 'suspend');
    expect(contentFingerprint(suspended)).toEqual(contentFingerprint(kept));
    const derived = (db: Db) => [
      db.prepare('SELECT * FROM record_counts ORDER BY 1').all(),
      db.prepare('SELECT * FROM statement_month_counts ORDER BY 1, 2').all(),
      db.prepare('SELECT count(*) FROM search_index').pluck().get(),
    ];
    expect(derived(suspended)).toEqual(derived(kept));
  });

  it('are dropped by "auto" only when the load at least doubles the statements and events held', async () => {
    const { db } = freshDatabase();
    const held = db
      .prepare('SELECT (SELECT count(*) FROM statements) + (SELECT count(*) FROM events)')
      .pluck()
      .get() as number;
    const during = async (statements: number) => {
      const seen = new Set<number>();
      await loadSynthetic(db, { statements, events: 0, designations: 0 }, () =>
        seen.add(indexNames(db, 'statements').length),
      );
      return seen;
    };
    expect(await during(Math.max(held, 100))).toEqual(new Set([0]));
    // Now the database holds more than the next load adds: its indexes stay.
    expect(await during(50)).toEqual(new Set([4]));
  });

  it('are back after a load that fails', async () => {
    const { db } = freshDatabase();
    const migrated = schema(db);
    await expect(
      withIndexesSuspended(db, FILLED, () => {
        throw new Error('the load failed');
      }),
    ).rejects.toThrow('the load failed');
    expect(schema(db)).toEqual(migrated);
  });

  it('are built again when the database is next opened, after a load killed half-way', () => {
    const { db, file } = freshDatabase();
    const migrated = schema(db);
    const dropped = suspendIndexes(db, FILLED);
    expect(dropped).toContain('statements_date');
    expect(dropped).toContain('evidence_source');
    expect(indexNames(db, 'statements')).toEqual([]);
    // The process dies here: no restore runs.
    db.close();
    const reopened = openDatabase(file);
    expect(schema(reopened)).toEqual(migrated);
    expect(restoreIndexes(reopened)).toEqual([]);
  });

  it('keep a UNIQUE index, which still refuses a duplicate while the others are dropped', () => {
    const { db } = freshDatabase();
    db.exec('CREATE UNIQUE INDEX statements_quote_once ON statements (quote)');
    const dropped = suspendIndexes(db, ['statements']);
    expect(dropped).not.toContain('statements_quote_once');
    expect(indexNames(db, 'statements')).toEqual(['statements_quote_once']);
    const quoted = db.prepare('SELECT * FROM statements WHERE quote IS NOT NULL LIMIT 1').get() as Record<
      string,
      unknown
    >;
    expect(() =>
      db
        .prepare(
          `INSERT INTO statements (${Object.keys(quoted)
            .filter((c) => c !== 'id')
            .join(', ')}) SELECT ${Object.keys(quoted)
            .filter((c) => c !== 'id')
            .map((c) => (c === 'key' ? "key || '-again'" : c))
            .join(', ')} FROM statements WHERE id = ?`,
        )
        .run(quoted.id),
    ).toThrow(/UNIQUE constraint failed: statements.quote/);
    restoreIndexes(db);
  });

  it('refuses to start inside a transaction', async () => {
    const { db } = freshDatabase();
    db.exec('BEGIN');
    await expect(withIndexesSuspended(db, FILLED, () => 1)).rejects.toThrow(/outside a transaction/);
    db.exec('ROLLBACK');
  });

  it('are dropped by an import that at least doubles the designations, and built in its transaction', async () => {
    const { db } = freshDatabase();
    const migrated = schema(db);
    const seen = new Set<number>();
    await loadSynthetic(db, { statements: 0, events: 0, designations: 3000 }, (p) => {
      if (p.phase === 'designations' && p.done < p.total)
        seen.add(indexNames(db, 'sanction_designations').length);
    });
    expect(seen).toEqual(new Set([0]));
    expect(schema(db)).toEqual(migrated);
  });

  it('dropped inside a transaction come back with its rollback', () => {
    const { db } = freshDatabase();
    const migrated = schema(db);
    expect(() =>
      db.transaction(() =>
        withIndexesRebuiltInTransaction(db, ['sanction_designations'], () => {
          expect(indexNames(db, 'sanction_designations')).toEqual([]);
          throw new Error('the import failed');
        }),
      )(),
    ).toThrow('the import failed');
    expect(schema(db)).toEqual(migrated);
    expect(() => withIndexesRebuiltInTransaction(db, ['sanction_designations'], () => 1)).toThrow(
      /open transaction/,
    );
  });
});
