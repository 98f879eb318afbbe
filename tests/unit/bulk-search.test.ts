import { describe, expect, it } from 'vitest';
import { withBulkSearchIndexing } from '../../data/store/bulk-search';
import { loadSynthetic } from '../../data/synth/load';
import { createStore } from '../../data/store/store';
import { freshDatabase } from '../helpers/db';

const trigger = (db: ReturnType<typeof freshDatabase>['db'], name: string) =>
  db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = ?").pluck().get(name);
const indexed = (db: ReturnType<typeof freshDatabase>['db'], code: number) =>
  db.prepare('SELECT count(*) FROM search_index WHERE (rowid & 15) = ?').pluck().get(code);

describe('bulk search indexing', () => {
  it('indexes every row a bulk load adds, and puts the triggers back', async () => {
    const { db } = freshDatabase();
    await loadSynthetic(db, { statements: 3000, events: 400, designations: 300 });
    for (const name of ['statements', 'events', 'actors', 'sanction_designations']) {
      expect(trigger(db, `${name}_search_insert`), name).toBe(1);
    }
    const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
    expect(indexed(db, 2)).toBe(count('statements'));
    expect(indexed(db, 3)).toBe(count('events'));
    expect(indexed(db, 1)).toBe(count('actors'));
    expect(indexed(db, 7)).toBe(count('sanction_designations'));
    // The same words find a bulk-loaded row as a trigger-indexed one.
    const summary = db
      .prepare("SELECT summary FROM statements WHERE key = 'synth-statement-0000042'")
      .pluck()
      .get() as string;
    const hits = await createStore(db).overview.search(summary.split(':')[0]!, 5);
    expect(hits.map((h) => h.kind)).toContain('Statement');
  });

  it('leaves the trigger in place when the load fails', () => {
    const { db } = freshDatabase();
    expect(() =>
      db.transaction(() =>
        withBulkSearchIndexing(db, ['statements'], () => {
          throw new Error('the load failed');
        }),
      )(),
    ).toThrow('the load failed');
    expect(trigger(db, 'statements_search_insert')).toBe(1);
  });

  it('refuses to run outside a transaction', () => {
    const { db } = freshDatabase();
    expect(() => withBulkSearchIndexing(db, ['statements'], () => 1)).toThrow(/open transaction/);
  });
});
