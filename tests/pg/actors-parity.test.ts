/**
 * The actors list's text filter on both engines: a plain substring test of name, key and each
 * alias, folding ASCII letters only (SQLite's lower() and NOCASE), so an accented capital matches
 * only itself on either engine.
 */
import { describe, expect, it } from 'vitest';
import { postgresSql } from '../../data/store/pg/sql';
import { actorRepository } from '../../data/store/repositories/actors';
import { sqliteSql } from '../../data/store/sql';
import { freshDatabase } from '../helpers/db';
import { pageAnswer } from './page-answer';
import { migratedSchema } from './migrated-schema';

const { db } = freshDatabase();
db.prepare(`UPDATE actors SET aliases = ? WHERE key = 'russia'`).run(
  JSON.stringify(['Élysée-Ost', 'ÖSTLICH']),
);

const TEXTS = ['élysée', 'Élysée', 'ÉLYSÉE', 'lysée-ost', 'östlich', 'ÖSTLICH', 'RUSS', 'japan', '%', "'"];

describe('the actors text filter on SQLite and PostgreSQL', () => {
  const schema = migratedSchema(db);

  it.each(TEXTS)('%s finds the same actors', async (text) => {
    const read = async (repository: ReturnType<typeof actorRepository>) =>
      pageAnswer(await repository.page({ text }, null, 50));
    const fromSqlite = await read(actorRepository(sqliteSql(db)));
    expect(await read(actorRepository(postgresSql(schema.pool)))).toEqual(fromSqlite);
  });

  it('folds ASCII letters only', async () => {
    const keys = async (text: string) =>
      (await actorRepository(postgresSql(schema.pool)).page({ text }, null, 50)).rows.map((a) => a.key);
    expect(await keys('Élysée')).toEqual(['russia']);
    expect(await keys('élysée')).toEqual([]);
    expect(await keys('ost')).toContain('russia');
  });
});
