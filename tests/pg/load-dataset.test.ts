/**
 * The dataset load writes PostgreSQL as it writes SQLite: the same writer's steps, run by the
 * PostgreSQL runner in one transaction. After a load of the seed, every table both engines have
 * holds the same rows (same ids, same derived rows the triggers keep); a second load changes
 * nothing; a load refused for a broken reference leaves every row as it was.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../data/store/open';
import { DatasetError, loadDatasetToPostgres, type LoadSummary } from '../../data/ingest/load-dataset';
import { migratedSchema } from './migrated-schema';
import { editJson, freshDatabase, seedCopy } from '../helpers/db';

/** Tables of one engine only: SQLite's full-text index and its shadows, the migrations' own logs. */
const ONE_ENGINE_ONLY = /^(search_|evidence_search|evidence_vocab|sqlite_|schema_migrations$|data_version$)/;
/** Tables a load does not write, whose rows differ between any two databases. */
const NOT_LOADED = new Set(['analysts']); // the admin row a migration adds, stamped with the time it ran

type Rows = Record<string, unknown>[];

describe('a dataset load into PostgreSQL', () => {
  const schema = migratedSchema();
  let sqlite: Db;
  /** Each table both engines have, with SQLite's columns (PostgreSQL adds search vectors). */
  let tables: { name: string; columns: string[] }[];
  let firstLoad: LoadSummary;

  const readPostgres = async (): Promise<Record<string, Rows>> => {
    const out: Record<string, Rows> = {};
    for (const { name, columns } of tables) {
      const list = columns.map((c) => `"${c}"`).join(', ');
      // SQLite puts NULLs first.
      const order = columns.map((c) => `"${c}" NULLS FIRST`).join(', ');
      out[name] = (await schema.pool.query(`SELECT ${list} FROM ${name} ORDER BY ${order}`)).rows as Rows;
    }
    return out;
  };
  const readSqlite = (): Record<string, Rows> =>
    Object.fromEntries(
      tables.map(({ name, columns }) => {
        const list = columns.map((c) => `"${c}"`).join(', ');
        return [name, sqlite.prepare(`SELECT ${list} FROM ${name} ORDER BY ${list}`).all() as Rows];
      }),
    );
  const dataVersion = async () =>
    (await schema.pool.query<{ version: number }>('SELECT version FROM data_version')).rows[0]!.version;

  beforeAll(async () => {
    sqlite = freshDatabase().db;
    const postgresTables = new Set(
      (
        await schema.pool.query<{ table_name: string }>(
          `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()`,
        )
      ).rows.map((r) => r.table_name),
    );
    const sqliteTables = sqlite
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all()
      .map((r) => r.name)
      .filter((name) => !ONE_ENGINE_ONLY.test(name) && !NOT_LOADED.has(name));
    for (const name of sqliteTables) {
      if (!postgresTables.has(name)) throw new Error(`PostgreSQL has no table ${name}`);
    }
    tables = sqliteTables.map((name) => ({
      name,
      columns: sqlite
        .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${name}') ORDER BY cid`)
        .all()
        .map((c) => c.name),
    }));
    firstLoad = await loadDatasetToPostgres(schema.pool);
  });
  afterAll(async () => {
    sqlite?.close();
  });

  it('writes every table as SQLite holds it after the same load', async () => {
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['statements', 'evidence', 'record_counts', 'statement_month_counts']),
    );
    const postgres = await readPostgres();
    const expected = readSqlite();
    expect(postgres).toEqual(expected);
    // Rows the triggers derive came along: counts, per-month stances, each link's first source.
    expect(postgres.record_counts!.length).toBeGreaterThan(0);
    expect(postgres.statement_month_counts!.length).toBeGreaterThan(0);
    expect(postgres.statement_targets!.some((link) => link.source_id !== null)).toBe(true);
    expect(firstLoad.statements.created).toBe(postgres.statements!.length);
  });

  it('changes nothing when the same dataset is loaded again', async () => {
    const before = await readPostgres();
    const version = await dataVersion();
    const again = await loadDatasetToPostgres(schema.pool);
    for (const counts of Object.values(again)) {
      expect(counts).toMatchObject({ created: 0, updated: 0 });
    }
    expect(again.statements.unchanged).toBe(firstLoad.statements.created);
    expect(await readPostgres()).toEqual(before);
    expect(await dataVersion()).toBe(version);
  });

  it('leaves every row as it was when a reference is broken, and names the record and field', async () => {
    const before = await readPostgres();
    const dir = seedCopy();
    // Records written before the broken one change too: none of it may stay.
    editJson<{ key: string; name: string }[]>(path.join(dir, 'actors.json'), (actors) => {
      actors[0]!.name = 'Renamed before the failure';
    });
    let brokenKey = '';
    editJson<{ key: string; speaker: string }[]>(path.join(dir, 'statements.json'), (statements) => {
      const last = statements.at(-1)!;
      brokenKey = last.key;
      last.speaker = 'no-such-actor';
    });
    const refused = await loadDatasetToPostgres(schema.pool, dir).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(DatasetError);
    expect((refused as DatasetError).problems).toMatchObject([
      { key: brokenKey, field: 'speaker', message: 'unknown actor key "no-such-actor"' },
    ]);
    expect(await readPostgres()).toEqual(before);
    // The connection went back to the pool out of its transaction: the next load works.
    const again = await loadDatasetToPostgres(schema.pool);
    expect(again.actors).toMatchObject({ created: 0, updated: 0 });
  });
});
