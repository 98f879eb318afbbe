/**
 * The PostgreSQL schema against the SQLite one after all its migrations: the repositories read
 * both with the same names, so every table, column (in order, with its type, NOT NULL and
 * default), key, foreign key and named index of one must be in the other. Differences are the
 * intentional ones listed below, each with its reason.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../data/store/open';
import { migratedSchema } from './migrated-schema';
import type { TestSchema } from './test-schema';

const FTS5_SHADOWS = ['data', 'idx', 'content', 'docsize', 'config'];

/** SQLite tables with no PostgreSQL counterpart. */
const SQLITE_ONLY_TABLES: Record<string, string> = {
  search_index: 'the FTS5 index of records: each searched table carries a tsvector column instead',
  evidence_search: 'the FTS5 index of evidence excerpts: evidence.search_vector instead',
  search_vocab:
    "FTS5's vocabulary of search_index, read to expand prefixes: a GIN index answers `word:*` itself",
  evidence_vocab: "FTS5's vocabulary of evidence_search, for the same prefixes",
  ...Object.fromEntries(
    ['search_index', 'evidence_search'].flatMap((fts) =>
      FTS5_SHADOWS.map((shadow) => [`${fts}_${shadow}`, `a shadow table FTS5 keeps for ${fts}`]),
    ),
  ),
};

/** PostgreSQL tables with no SQLite counterpart. */
const POSTGRES_ONLY_TABLES: Record<string, string> = {
  data_version: "the data version every app server reads; SQLite's is the file's own data_version pragma",
  rate_limits: "the write limits' buckets every app server shares; on SQLite they are one process's memory",
  search_totals:
    'the texts and words of each search index, for bm25; FTS5 keeps its own in its shadow tables',
};

/** Tables whose PostgreSQL rows carry a tsvector column and a GIN index for full-text search. */
const SEARCHED_TABLES = [
  'actors',
  'statements',
  'events',
  'alliances',
  'offices',
  'sanction_regimes',
  'sanction_designations',
  'sources',
  'evidence',
];
const SEARCH_COLUMN_REASON = 'stands in for the FTS5 entry SQLite keeps for the row';
const PG_ONLY_COLUMNS: Record<string, string> = Object.fromEntries(
  SEARCHED_TABLES.map((table) => [`${table}.search_vector`, SEARCH_COLUMN_REASON]),
);
const PG_ONLY_INDEXES: Record<string, string> = Object.fromEntries(
  SEARCHED_TABLES.map((table) => [`${table}_search`, `the GIN index over ${table}.search_vector`]),
);

const TYPES: Record<string, string> = {
  INTEGER: 'integer',
  TEXT: 'text',
  REAL: 'double precision',
  BLOB: 'bytea',
};

/** A default as written, without PostgreSQL's cast and with numbers unquoted: '-8'::integer is -8. */
function normalDefault(value: string | null): string | null {
  if (value === null) return null;
  const bare = value.replace(/::[a-z ]+$/, '');
  return /^'-?[\d.]+'$/.test(bare) ? bare.slice(1, -1) : bare;
}

interface Column {
  name: string;
  type: string;
  required: boolean;
  default: string | null;
}

interface Schema {
  tables: string[];
  columns: Record<string, Column[]>;
  /** Table -> its primary key's columns, its UNIQUE column sets, and its foreign keys. */
  keys: Record<string, { primary: string[]; unique: string[]; foreign: string[] }>;
  /** Index name -> "table (col, col DESC)" plus " partial" for a partial index. */
  indexes: Record<string, string>;
}

interface SqliteColumn {
  name: string;
  type: string;
  notnull: number;
  dflt_value: string | null;
  pk: number;
}

function sqliteSchema(db: Db): Schema {
  const tables = (
    db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .pluck()
      .all() as string[]
  ).filter((name) => !(name in SQLITE_ONLY_TABLES));
  const schema: Schema = { tables, columns: {}, keys: {}, indexes: {} };
  for (const table of tables) {
    const columns = db.prepare(`PRAGMA table_info("${table}")`).all() as SqliteColumn[];
    schema.columns[table] = columns.map((c) => ({
      name: c.name,
      type: TYPES[c.type] ?? c.type,
      // A primary key column cannot hold NULL (an INTEGER PRIMARY KEY is the rowid).
      required: c.notnull === 1 || c.pk > 0,
      default: normalDefault(c.dflt_value),
    }));
    const primary = columns
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name);
    const unique = (db.prepare(`PRAGMA index_list("${table}")`).all() as { name: string; origin: string }[])
      .filter((index) => index.origin === 'u')
      .map((index) =>
        (db.prepare(`PRAGMA index_info("${index.name}")`).all() as { name: string }[])
          .map((c) => c.name)
          .join(', '),
      )
      .sort();
    const foreign = (
      db.prepare(`PRAGMA foreign_key_list("${table}")`).all() as {
        table: string;
        from: string;
        to: string;
        on_delete: string;
      }[]
    )
      .map((fk) => `${fk.from} -> ${fk.table}.${fk.to} ON DELETE ${fk.on_delete}`)
      .sort();
    schema.keys[table] = { primary, unique, foreign };
  }
  const indexes = db
    .prepare(
      "SELECT name, tbl_name AS tableName, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL",
    )
    .all() as { name: string; tableName: string; sql: string }[];
  for (const { name, tableName, sql } of indexes) {
    const columns = (
      db.prepare(`PRAGMA index_xinfo("${name}")`).all() as { name: string; desc: number; key: number }[]
    )
      .filter((c) => c.key === 1)
      .map((c) => `${c.name}${c.desc ? ' DESC' : ''}`);
    schema.indexes[name] = `${tableName} (${columns.join(', ')})${/\bWHERE\b/i.test(sql) ? ' partial' : ''}`;
  }
  return schema;
}

const PG_DELETE_RULES: Record<string, string> = {
  a: 'NO ACTION',
  r: 'RESTRICT',
  c: 'CASCADE',
  n: 'SET NULL',
  d: 'SET DEFAULT',
};

async function postgresSchema(schema: Pick<TestSchema, 'pool'>): Promise<Schema> {
  const q = async <T>(sql: string) => (await schema.pool.query(sql)).rows as T[];
  const tables = (
    await q<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1`,
    )
  )
    .map((r) => r.name)
    .filter((name) => !(name in POSTGRES_ONLY_TABLES));
  const result: Schema = { tables, columns: {}, keys: {}, indexes: {} };
  const columns = await q<{
    tableName: string;
    name: string;
    type: string;
    nullable: string;
    default: string | null;
  }>(
    `SELECT table_name AS "tableName", column_name AS name, data_type AS type, is_nullable AS nullable,
       column_default AS default
     FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position`,
  );
  for (const table of tables) {
    result.columns[table] = columns
      .filter((c) => c.tableName === table && !(`${table}.${c.name}` in PG_ONLY_COLUMNS))
      .map((c) => ({
        name: c.name,
        type: c.type,
        required: c.nullable === 'NO',
        default: normalDefault(c.default),
      }));
    result.keys[table] = { primary: [], unique: [], foreign: [] };
  }
  const constraints = await q<{
    tableName: string;
    type: string;
    columns: string[];
    refTable: string | null;
    refColumns: string[] | null;
    onDelete: string;
  }>(
    `SELECT c.conrelid::regclass::text AS "tableName", c.contype AS type,
       ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k (attnum, i)
             JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.i) AS columns,
       c.confrelid::regclass::text AS "refTable",
       ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k (attnum, i)
             JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.i) AS "refColumns",
       c.confdeltype AS "onDelete"
     FROM pg_constraint c WHERE c.connamespace = current_schema()::regnamespace AND c.contype IN ('p', 'u', 'f')`,
  );
  for (const c of constraints) {
    const keys = result.keys[c.tableName];
    if (!keys) continue;
    if (c.type === 'p') keys.primary = c.columns;
    if (c.type === 'u') keys.unique.push(c.columns.join(', '));
    if (c.type === 'f') {
      keys.foreign.push(
        c.columns
          .map(
            (column, i) =>
              `${column} -> ${c.refTable}.${c.refColumns![i]} ON DELETE ${PG_DELETE_RULES[c.onDelete]}`,
          )
          .join(', '),
      );
    }
  }
  for (const keys of Object.values(result.keys)) {
    keys.unique.sort();
    keys.foreign.sort();
  }
  // Indexes that back a key or UNIQUE constraint are compared as constraints, above.
  const indexes = await q<{ name: string; tableName: string; columns: string[]; partial: boolean }>(
    `SELECT ic.relname AS name, i.indrelid::regclass::text AS "tableName",
       ARRAY(SELECT pg_get_indexdef(i.indexrelid, k, true)
               || CASE WHEN i.indoption[k - 1] & 1 = 1 THEN ' DESC' ELSE '' END
             FROM generate_series(1, i.indnkeyatts) k ORDER BY k) AS columns,
       i.indpred IS NOT NULL AS partial
     FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
     WHERE ic.relnamespace = current_schema()::regnamespace
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
  );
  for (const { name, tableName, columns: indexColumns, partial } of indexes) {
    if (name in PG_ONLY_INDEXES || tableName in POSTGRES_ONLY_TABLES) continue;
    result.indexes[name] = `${tableName} (${indexColumns.join(', ')})${partial ? ' partial' : ''}`;
  }
  return result;
}

describe('the PostgreSQL schema', () => {
  const schema = migratedSchema();
  let sqlite: Schema;
  let postgres: Schema;

  beforeAll(async () => {
    const db = openDatabase(':memory:');
    sqlite = sqliteSchema(db);
    db.close();
    postgres = await postgresSchema(schema);
  });

  it('leaves out only the SQLite tables listed, and only because they exist there', async () => {
    const db = openDatabase(':memory:');
    const present = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .pluck()
      .all() as string[];
    db.close();
    expect(present).toEqual(expect.arrayContaining(Object.keys(SQLITE_ONLY_TABLES)));
    expect(Object.keys(SQLITE_ONLY_TABLES)).toHaveLength(14);
  });

  it('has every SQLite table, and no other', () => {
    expect(sqlite.tables).toHaveLength(25);
    expect(postgres.tables).toEqual(sqlite.tables);
  });

  it('has the same columns in the same order, types, NOT NULL and defaults', () => {
    for (const table of sqlite.tables) {
      expect({ table, columns: postgres.columns[table] }).toEqual({ table, columns: sqlite.columns[table] });
    }
  });

  it('carries a search column, and only it, on each table SQLite searches with FTS5', async () => {
    const extra = await schema.pool.query(
      `SELECT table_name || '.' || column_name AS name FROM information_schema.columns
       WHERE table_schema = current_schema() AND data_type = 'tsvector' ORDER BY 1`,
    );
    expect(extra.rows.map((r) => r.name)).toEqual(Object.keys(PG_ONLY_COLUMNS).sort());
    const gin = await schema.pool.query(
      `SELECT indexname AS name FROM pg_indexes
       WHERE schemaname = current_schema() AND indexdef LIKE '% USING gin (search_vector)' ORDER BY 1`,
    );
    expect(gin.rows.map((r) => r.name)).toEqual(Object.keys(PG_ONLY_INDEXES).sort());
  });

  it('has the same primary keys, UNIQUE constraints and foreign keys with their ON DELETE rules', () => {
    expect(postgres.keys).toEqual(sqlite.keys);
    expect(postgres.keys.statement_targets!.foreign).toContain(
      'statement_id -> statements.id ON DELETE CASCADE',
    );
  });

  it('has every named SQLite index over the same columns, and only the GIN indexes beside them', () => {
    expect(Object.keys(sqlite.indexes)).toHaveLength(29);
    expect(postgres.indexes).toEqual(sqlite.indexes);
  });
});
