/**
 * PostgreSQL keeps what FTS5 keeps of each search index for bm25, its texts and their words in
 * all (search_totals, migration 004): equal to FTS5's own after a transfer, and kept so by
 * every insert, update and delete.
 */
import { describe, expect, it } from 'vitest';
import type { Db } from '../../data/store/open';
import { freshDatabase } from '../helpers/db';
import { migratedSchema } from './migrated-schema';

interface Totals {
  texts: number;
  tokens: number;
}

/** FTS5's averages record (id 1 of the data table): its rows, then each column's tokens, as varints. */
function fts5Totals(db: Db, table: 'search_index' | 'evidence_search'): Totals {
  const block = db.prepare(`SELECT block FROM ${table}_data WHERE id = 1`).pluck().get() as Buffer;
  let at = 0;
  const varint = () => {
    let value = 0;
    for (let i = 0; i < 8; i += 1) {
      const byte = block[at++]!;
      value = value * 128 + (byte & 0x7f);
      if ((byte & 0x80) === 0) return value;
    }
    return value * 256 + block[at++]!;
  };
  return { texts: varint(), tokens: varint() };
}

const SEARCHED = [
  'actors',
  'statements',
  'events',
  'alliances',
  'offices',
  'sanction_regimes',
  'sanction_designations',
  'sources',
];

describe('search_totals', () => {
  const { db } = freshDatabase();
  const schema = migratedSchema(db);

  const kept = async (): Promise<Record<string, Totals>> => {
    const { rows } = await schema.pool.query('SELECT text_index, texts, tokens FROM search_totals');
    return Object.fromEntries(rows.map((r) => [r.text_index, { texts: r.texts, tokens: r.tokens }]));
  };

  const recounted = async (): Promise<Record<string, Totals>> => {
    const records = await schema.pool.query(
      `SELECT count(*) AS texts, coalesce(sum(search_tokens(search_vector)), 0)::bigint AS tokens FROM (
         ${SEARCHED.map((t) => `SELECT search_vector FROM ${t}`).join(' UNION ALL ')}) AS searched`,
    );
    const excerpts = await schema.pool.query(
      `SELECT count(*) AS texts, coalesce(sum(search_tokens(search_vector)), 0)::bigint AS tokens
       FROM evidence WHERE excerpt IS NOT NULL`,
    );
    return { records: records.rows[0], excerpts: excerpts.rows[0] };
  };

  it("equals FTS5's own totals after a transfer", async () => {
    const totals = await kept();
    expect(totals.records).toEqual(fts5Totals(db, 'search_index'));
    expect(totals.excerpts).toEqual(fts5Totals(db, 'evidence_search'));
    expect(totals.records!.tokens).toBeGreaterThan(totals.records!.texts);
  });

  it('follows inserts, updates and deletes', async () => {
    const before = await kept();
    const client = await schema.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(
        `UPDATE actors SET description = coalesce(description, '') || ' with nippon.com and 2025-06-01 added'
         WHERE id = (SELECT min(id) FROM actors)`,
      );
      await client.query(
        `INSERT INTO evidence (record_type, record_id, position, source_id, excerpt)
         SELECT 'Statement', min(id), 100, (SELECT min(id) FROM sources), 'Three more words' FROM statements`,
      );
      await client.query(
        `INSERT INTO evidence (record_type, record_id, position, source_id, excerpt)
         SELECT 'Statement', min(id), 101, (SELECT min(id) FROM sources), NULL FROM statements`,
      );
      await client.query(`DELETE FROM offices WHERE id = (SELECT min(id) FROM offices)`);
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    const after = await kept();
    expect(after).toEqual(await recounted());
    expect(after.excerpts).toEqual({
      texts: before.excerpts!.texts + 1,
      tokens: before.excerpts!.tokens + 3,
    });
    expect(after.records!.texts).toBe(before.records!.texts - 1);
  });
});
