/**
 * A SQLite store moved into PostgreSQL arrives whole, ids and all: every table both engines hold,
 * the derived ones included, reads alike row for row; a filled database is refused and a failed
 * transfer leaves nothing behind.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../data/store/open';
import { migrate } from '../../data/store/pg/migrate';
import { PostgresNotEmptyError, transferToPostgres, type TransferCounts } from '../../data/store/pg/transfer';
import { freshDatabase } from '../helpers/db';
import { createTestSchema, type TestSchema } from './test-schema';

/** Each engine keeps its own migration ledger. */
const NOT_COMPARED = new Set(['schema_migrations']);

const AWKWARD = {
  name: 'Tab\there, new\nline, CR\r\n, back\\slash, "double" and \'single\' quotes, Ünïcödé Ωμέγα 🌍',
  // Texts COPY would misread unless escaped: its NULL marker and its end-of-data line.
  title: '\\N',
  description: '\\.\nsecond line\\',
};

interface Table {
  name: string;
  columns: string[];
  key: string[];
}

function sharedTables(sqlite: Db, postgresTables: string[]): Table[] {
  const names = sqlite
    .prepare(
      `SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'
       ORDER BY name`,
    )
    .pluck()
    .all() as string[];
  return names
    .filter((name) => postgresTables.includes(name) && !NOT_COMPARED.has(name))
    .map((name) => {
      const columns = sqlite.prepare('SELECT name, pk FROM pragma_table_info(?) ORDER BY cid').all(name) as {
        name: string;
        pk: number;
      }[];
      return {
        name,
        columns: columns.map((c) => c.name),
        key: columns
          .filter((c) => c.pk > 0)
          .sort((a, b) => a.pk - b.pk)
          .map((c) => c.name),
      };
    });
}

/** Rows ordered by primary key in JavaScript, so that neither engine's collation decides. */
function byKey(table: Table, rows: Record<string, unknown>[]): Record<string, unknown>[] {
  const compare = (a: unknown, b: unknown): number =>
    Buffer.isBuffer(a) && Buffer.isBuffer(b) ? Buffer.compare(a, b) : a! < b! ? -1 : a! > b! ? 1 : 0;
  return [...rows].sort((a, b) => {
    for (const k of table.key) {
      const order = compare(a[k], b[k]);
      if (order !== 0) return order;
    }
    return 0;
  });
}

const select = (table: Table) =>
  `SELECT ${table.columns.map((c) => `"${c}"`).join(', ')} FROM "${table.name}"`;

/** Every row of every shared table, as JSON with the columns in SQLite's order. */
async function postgresState(pool: TestSchema['pool'], tables: Table[]): Promise<Record<string, string>> {
  const state: Record<string, string> = {};
  for (const table of tables)
    state[table.name] = JSON.stringify(byKey(table, (await pool.query(select(table))).rows));
  return state;
}

function sqliteState(db: Db, tables: Table[]): Record<string, string> {
  const state: Record<string, string> = {};
  for (const table of tables) {
    state[table.name] = JSON.stringify(
      byKey(table, db.prepare(select(table)).all() as Record<string, unknown>[]),
    );
  }
  return state;
}

async function postgresTables(pool: TestSchema['pool']): Promise<string[]> {
  const { rows } = await pool.query(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
  );
  return rows.map((r) => r.name as string);
}

describe('transferToPostgres', () => {
  let sqlite: Db;
  let schema: TestSchema;
  let tables: Table[];
  let counts: TransferCounts;

  beforeAll(async () => {
    sqlite = freshDatabase().db;
    sqlite
      .prepare(
        `INSERT INTO actors (key, kind, name, aliases, title, description, origin, content_hash)
         VALUES ('awkward', 'PERSON', @name, '["tab\\there", "Ωμέγα"]', @title, @description, 'test', 'h')`,
      )
      .run(AWKWARD);
    // A token hash whose bytes include NUL, tab, newline and backslash.
    sqlite
      .prepare(
        `INSERT INTO analysts (name, token_hash, created_at) VALUES ('Zoë', ?, '2025-01-01T00:00:00.000Z')`,
      )
      .run(Buffer.from([0, 9, 10, 13, 92, 255, 34]));
    schema = await createTestSchema();
    await migrate(schema.pool);
    tables = sharedTables(sqlite, await postgresTables(schema.pool));
    counts = await transferToPostgres(sqlite, schema.pool);
  });
  afterAll(async () => {
    sqlite?.close();
    await schema?.drop();
  });

  it('copies every shared table, derived rows included, as SQLite holds it', async () => {
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining([
        'record_counts',
        'statement_month_counts',
        'statement_targets',
        'desk_sessions',
      ]),
    );
    expect(tables).toHaveLength(24);
    const expected = sqliteState(sqlite, tables);
    const actual = await postgresState(schema.pool, tables);
    for (const table of tables) {
      expect({ table: table.name, rows: actual[table.name] }).toEqual({
        table: table.name,
        rows: expected[table.name],
      });
    }
    // The comparison compared something: the seed's records, and links carrying their statement's values.
    expect(JSON.parse(expected.statement_targets!).length).toBeGreaterThan(0);
    expect(
      JSON.parse(expected.statement_targets!).every((l: { source_id: unknown }) => l.source_id !== null),
    ).toBe(true);
  });

  it('reports the rows copied per table, and skips the tables PostgreSQL derives', () => {
    for (const [table, n] of Object.entries(counts)) {
      expect({ table, n }).toEqual({
        table,
        n: sqlite.prepare(`SELECT count(*) FROM "${table}"`).pluck().get(),
      });
    }
    expect(counts.actors).toBe(17);
    expect(Object.keys(counts)).not.toContain('record_counts');
    expect(Object.keys(counts)).not.toContain('statement_month_counts');
  });

  it('keeps tabs, newlines, backslashes, quotes, unicode, COPY markers, NULLs and bytes intact', async () => {
    const actor = await schema.pool.query(
      `SELECT name, title, description, country_code, aliases FROM actors WHERE key = 'awkward'`,
    );
    expect(actor.rows).toEqual([{ ...AWKWARD, country_code: null, aliases: '["tab\\there", "Ωμέγα"]' }]);
    const analyst = await schema.pool.query(`SELECT token_hash FROM analysts WHERE name = 'Zoë'`);
    expect(analyst.rows[0].token_hash).toEqual(Buffer.from([0, 9, 10, 13, 92, 255, 34]));
    // The generated search column was computed from the copied text, accents folded.
    const found = await schema.pool.query(
      `SELECT key FROM actors WHERE search_vector @@ plainto_tsquery('faultline_search', 'unicode Ωμεγα')`,
    );
    expect(found.rows).toEqual([{ key: 'awkward' }]);
  });

  it('writes the search text of regimes from their actors, as its trigger does', async () => {
    const unsearchable = await schema.pool.query(
      'SELECT count(*) AS n FROM sanction_regimes WHERE search_vector IS NULL',
    );
    expect(unsearchable.rows[0].n).toBe(0);
  });

  it('moves the identities past the ids copied', async () => {
    const largest = sqlite.prepare('SELECT max(id) FROM actors').pluck().get() as number;
    const added = await schema.pool.query(
      `INSERT INTO actors (key, kind, name, origin, content_hash) VALUES ('later', 'STATE', 'Later', 'test', 'h')
       RETURNING id`,
    );
    expect(added.rows[0].id).toBe(largest + 1);
    const analyst = await schema.pool.query(
      `INSERT INTO analysts (name, created_at) VALUES ('later', '2025-01-01') RETURNING id`,
    );
    expect(analyst.rows[0].id).toBeGreaterThan(
      sqlite.prepare('SELECT max(id) FROM analysts').pluck().get() as number,
    );
  });

  it('refuses a database that holds records, naming it, and changes nothing', async () => {
    const before = await postgresState(schema.pool, tables);
    const refused = transferToPostgres(sqlite, schema.pool);
    await expect(refused).rejects.toThrow(PostgresNotEmptyError);
    await expect(refused).rejects.toThrow(
      /database faultline_ci \(schema test_\w+\) already holds records \(sources 64, actors 18, .*\)/,
    );
    expect(await postgresState(schema.pool, tables)).toEqual(before);
  });
});

describe('a transfer that fails part-way', () => {
  let schema: TestSchema;
  let sqlite: Db;

  beforeAll(async () => {
    schema = await createTestSchema();
    await migrate(schema.pool);
    sqlite = freshDatabase().db;
  });
  afterAll(async () => {
    sqlite?.close();
    await schema?.drop();
  });

  it('leaves the PostgreSQL database as empty as it found it', async () => {
    const tables = sharedTables(sqlite, await postgresTables(schema.pool));
    const empty = await postgresState(schema.pool, tables);
    // A membership SQLite let in with its checks off: PostgreSQL's CHECK refuses it, after
    // actors, alliances and more are already copied.
    sqlite.pragma('ignore_check_constraints = ON');
    sqlite.exec(`INSERT INTO memberships (key, actor_id, alliance_id, role, status, origin, content_hash)
      VALUES ('odd', 1, 1, 'TOURIST', 'ACTIVE', 'test', 'h')`);
    sqlite.pragma('ignore_check_constraints = OFF');
    await expect(transferToPostgres(sqlite, schema.pool)).rejects.toThrow(
      /Copying memberships into PostgreSQL failed: .*memberships_role_check.* \(COPY memberships, line \d+: .*TOURIST.*\)/,
    );
    expect(await postgresState(schema.pool, tables)).toEqual(empty);
    expect(sqlite.inTransaction).toBe(false);

    // Once the row is mended the same database takes the whole store.
    sqlite.exec(`UPDATE memberships SET role = 'MEMBER' WHERE key = 'odd'`);
    const counts = await transferToPostgres(sqlite, schema.pool);
    expect(counts.memberships).toBe(sqlite.prepare('SELECT count(*) FROM memberships').pluck().get());
    expect(await postgresState(schema.pool, tables)).toEqual(sqliteState(sqlite, tables));
  });

  it('refuses rows that break a foreign key, and leaves the keys and indexes as they were', async () => {
    const other = await createTestSchema();
    const orphans = freshDatabase().db;
    try {
      await migrate(other.pool);
      const schemaObjects = () =>
        other.pool
          .query(
            `SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint
             WHERE connamespace = current_schema()::regnamespace
             UNION ALL SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()
             ORDER BY 1`,
          )
          .then((r) => r.rows);
      const before = await schemaObjects();
      expect(before.filter((o) => / REFERENCES /.test(o.definition)).length).toBeGreaterThan(20);
      orphans.pragma('foreign_keys = OFF');
      orphans.exec('INSERT INTO statement_topics (statement_id, topic_id, position) VALUES (1, 999, 9)');
      await expect(transferToPostgres(orphans, other.pool)).rejects.toThrow(
        'The rows copied into statement_topics break its foreign key statement_topics_topic_id_fkey: ' +
          'Key (topic_id)=(999) is not present in table "topics".',
      );
      expect(await schemaObjects()).toEqual(before);
      const { rows } = await other.pool.query('SELECT count(*) AS n FROM statements');
      expect(rows[0].n).toBe(0);
    } finally {
      orphans.close();
      await other.drop();
    }
  });

  it('names the row and column of a text PostgreSQL cannot hold', async () => {
    const other = await createTestSchema();
    try {
      await migrate(other.pool);
      sqlite.prepare(`UPDATE topics SET label = ? WHERE id = 1`).run('nul\0inside');
      await expect(transferToPostgres(sqlite, other.pool)).rejects.toThrow(
        "SQLite's topics row (id 1): label holds a text holding a NUL character, which PostgreSQL cannot store.",
      );
      const { rows } = await other.pool.query('SELECT count(*) AS n FROM actors');
      expect(rows[0].n).toBe(0);
    } finally {
      await other.drop();
    }
  });
});
