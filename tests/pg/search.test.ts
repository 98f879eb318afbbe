/**
 * Full-text search on PostgreSQL: each searched table's tsvector column, through its GIN index,
 * finds a record by its words as SQLite's FTS5 tokenizer splits them (case and accents folded),
 * including words that come from other rows (a regime's actors, a designation's designee).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { toPostgres } from '../../data/store/pg/dialect';
import { TSQUERY, tsqueryText } from '../../data/store/pg/text-query';
import { migratedSchema } from './migrated-schema';

describe('PostgreSQL full-text search', () => {
  const schema = migratedSchema();
  beforeAll(async () => {
    await schema.pool.query(`
      INSERT INTO actors (id, key, kind, name, aliases, origin, content_hash) VALUES
        (1, 'republic-of-avalon', 'STATE', 'Avalon', '["Avalonian Republic", "Île d''Avalon"]', 'test', 'h'),
        (2, 'borduria', 'STATE', 'Borduria', '[]', 'test', 'h');
      INSERT INTO statements (id, key, speaker_id, date, date_start, date_end, quote, summary, stance, intensity,
          verification, origin, content_hash)
        SELECT n, 'st' || n, 1, '2025-01-01', '2025-01-01', '2025-01-01', NULL, 'routine remarks number ' || n,
          'NEUTRAL', 0, 'CONFIRMED', 'test', 'h'
        FROM generate_series(1, 400) n;
      INSERT INTO statements (id, key, speaker_id, date, date_start, date_end, quote, summary, stance, intensity,
          verification, origin, content_hash)
        VALUES (1000, 'blockade', 2, '2025-02-01', '2025-02-01', '2025-02-01', 'We will not yield.',
          'Borduria condemned the naval Blockade near the Élysée pier', 'HOSTILE', -7, 'CONFIRMED', 'test', 'h');
      INSERT INTO sources (id, key, title, outlet, origin, content_hash)
        VALUES (1, 'wire-1', 'Morning wire', 'Agency', 'test', 'h');
      INSERT INTO evidence (record_type, record_id, position, source_id, excerpt)
        VALUES ('Statement', 1000, 0, 1, 'a blockade of the southern strait');
      INSERT INTO sanction_regimes (id, key, imposer_id, target_id, origin, content_hash)
        VALUES (1, 'avalon-borduria', 1, 2, 'test', 'h');
      INSERT INTO sanction_designations (id, key, regime_id, designee_id, authority, program, status, origin_dataset,
          origin, content_hash)
        VALUES (1, 'designation', 1, 2, 'OFAC', 'Maritime', 'ACTIVE', 'test', 'test', 'h');
      ANALYZE statements;
    `);
  });

  const find = async (table: string, query: string, key = 'key') =>
    (
      await schema.pool.query(
        `SELECT ${key} AS found FROM ${table} WHERE search_vector @@ websearch_to_tsquery('faultline_search', $1)
         ORDER BY 1`,
        [query],
      )
    ).rows.map((r) => r.found);

  it('finds a statement by a word of its summary, through the GIN index', async () => {
    expect(await find('statements', 'blockade')).toEqual(['blockade']);
    expect(await find('statements', 'naval BLOCKADE')).toEqual(['blockade']);
    expect(await find('statements', 'yield')).toEqual(['blockade']);
    expect(await find('statements', 'submarine')).toEqual([]);
    const client = await schema.pool.connect();
    try {
      await client.query('BEGIN');
      // With 401 rows either plan is cheap; forbid the scan so the plan shows the index is usable.
      await client.query('SET LOCAL enable_seqscan = off');
      const plan = await client.query(
        `EXPLAIN (FORMAT JSON) SELECT key FROM statements
         WHERE search_vector @@ websearch_to_tsquery('faultline_search', 'blockade')`,
      );
      expect(JSON.stringify(plan.rows[0])).toContain('"Index Name":"statements_search"');
      await client.query('ROLLBACK');
    } finally {
      client.release();
    }
  });

  it('folds accents and case as SQLite does (remove_diacritics 2), and matches a prefix', async () => {
    expect(await find('statements', 'elysee')).toEqual(['blockade']);
    expect(await find('statements', 'ÉLYSÉE')).toEqual(['blockade']);
    const prefix = await schema.pool.query(
      `SELECT key FROM statements WHERE search_vector @@ to_tsquery('faultline_search', 'blocka:*')`,
    );
    expect(prefix.rows.map((r) => r.key)).toEqual(['blockade']);
  });

  it('finds an actor by an alias, and an evidence excerpt by its words', async () => {
    expect(await find('actors', 'ile')).toEqual(['republic-of-avalon']);
    expect(await find('actors', 'avalonian')).toEqual(['republic-of-avalon']);
    expect(await find('evidence', 'strait', 'record_id')).toEqual([1000]);
  });

  it("finds a regime by its actors' names and a designation by its designee's", async () => {
    expect(await find('sanction_regimes', 'sanctions borduria')).toEqual(['avalon-borduria']);
    expect(await find('sanction_designations', 'borduria maritime')).toEqual(['designation']);
    await schema.pool.query(`UPDATE sanction_designations SET program = 'Aviation' WHERE id = 1`);
    expect(await find('sanction_designations', 'maritime')).toEqual([]);
    expect(await find('sanction_designations', 'aviation')).toEqual(['designation']);
  });

  const typed = async (text: string) => {
    const query = tsqueryText(text);
    if (query === null) return null;
    const { rows } = await schema.pool.query<{ key: string }>(
      `SELECT key FROM statements WHERE search_vector @@ ${toPostgres(TSQUERY)} ORDER BY key`,
      [query],
    );
    return rows.map((r) => r.key);
  };

  it('reads typed words as SQLite does: all of them, folded, the last a prefix', async () => {
    expect(await typed('ÉLYSÉE naval Blocka')).toEqual(['blockade']);
    expect(await typed('naval b')).toEqual([]);
    expect(await typed('routine remarks number 400')).toEqual(['st400']);
  });

  it('takes operators, quotes and backslashes in typed text as plain text', async () => {
    expect(await typed(`blockade & !naval | "Élysée" 'pier' \\ :*`)).toEqual(['blockade']);
    expect(await typed(`it's`)).toEqual([]);
    expect(await typed('!!! ...')).toBeNull();
  });
});
