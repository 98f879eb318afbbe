/**
 * A page of statements filtered by a common word tests the word row by row as it walks the
 * statements in order; a count, or a rare word, reads the word's match list. Both must list
 * the same statements.
 */
import { describe, expect, it } from 'vitest';
import { loadSynthetic } from '../../data/synth/load';
import { createStore } from '../../data/store/store';
import { statementConditionsOn } from '../../data/store/repositories/statements';
import { sqliteSql } from '../../data/store/sql';
import { perRowStatementMatch, RANKED_WORD_LIMIT } from '../../data/store/repositories/search';
import { freshDatabase } from '../helpers/db';

const { db } = freshDatabase();
await loadSynthetic(db, { statements: 2500, events: 50, designations: 50 });
const store = createStore(db);
const sql = sqliteSql(db);

/** Every statement the conditions match, newest first, by id. */
async function listed(text: string, perRow: boolean): Promise<number[]> {
  const { where, params } = await statementConditionsOn(sql, { text }, perRow);
  return db
    .prepare(
      `SELECT s.id FROM statements s WHERE ${where.join(' AND ')} ORDER BY s.date_start DESC, s.id DESC`,
    )
    .pluck()
    .all(...params) as number[];
}

describe('a statements filter by a common word', () => {
  it('is common: more statements hold it than bm25 ranks cheaply', async () => {
    expect((await listed('synthetic', false)).length).toBeGreaterThan(RANKED_WORD_LIMIT);
  });

  it('lists the same statements row by row as from the match list, excerpts included', async () => {
    // A seed statement whose own words lack the common word holds it in one excerpt.
    const seeded = db
      .prepare("SELECT id FROM statements WHERE key NOT LIKE 'synth-%' LIMIT 1")
      .pluck()
      .get() as number;
    const source = db.prepare('SELECT id FROM sources LIMIT 1').pluck().get() as number;
    db.prepare(
      "INSERT INTO evidence (record_type, record_id, position, source_id, excerpt) VALUES ('Statement', ?, 99, ?, 'a synthetic excerpt')",
    ).run(seeded, source);
    const fromList = await listed('synthetic', false);
    expect(fromList).toContain(seeded);
    expect(await listed('synthetic', true)).toEqual(fromList);
  });

  it('expands a last word still being typed to the whole words it begins', async () => {
    // The synthetic keys ("synth-statement-…") hold the word "synth" itself.
    expect(await perRowStatementMatch(sql, 'synth')).toBe('("synth" OR "synthetic")');
    expect(await listed('synth', true)).toEqual(await listed('synth', false));
    expect((await listed('synth', true)).length).toBeGreaterThan(RANKED_WORD_LIMIT);
  });

  it('reads the match list for a word few statements hold, whatever other records hold it', async () => {
    expect(await perRowStatementMatch(sql, 'Nozdrev')).toBeNull();
    expect(await perRowStatementMatch(sql, 'unfriendly')).toBeNull();
  });

  it('tests the words only on rows the other conditions keep', async () => {
    // A common word with a rare topic: testing the word first on every row took 80 s at 1M.
    const topic = db.prepare('SELECT key FROM topics LIMIT 1').pluck().get() as string;
    const { where } = await statementConditionsOn(
      sql,
      { text: 'synthetic', topics: [topic], stances: ['HOSTILE'] },
      true,
    );
    const text = where.at(-1)!;
    expect(text).toMatch(/^CASE WHEN .*statement_topics.* AND s\.stance = \? THEN .*search_index MATCH/s);
    const both = async (perRow: boolean) => {
      const c = await statementConditionsOn(sql, { text: 'synthetic', stances: ['HOSTILE'] }, perRow);
      return db
        .prepare(`SELECT s.id FROM statements s WHERE ${c.where.join(' AND ')} ORDER BY s.id`)
        .pluck()
        .all(...c.params);
    };
    expect((await both(true)).length).toBeGreaterThan(0);
    expect(await both(true)).toEqual(await both(false));
  });

  it('pages through the API in the same order, both ways', async () => {
    const all = await listed('synthetic', false);
    const page = await store.statements.page(
      { text: 'synthetic' },
      { field: 'DATE', direction: 'DESC' },
      null,
      20,
    );
    expect(page.rows.map((r) => r.id)).toEqual(all.slice(0, 20));
  });
});
