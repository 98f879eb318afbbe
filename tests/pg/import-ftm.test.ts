/**
 * The FtM import into PostgreSQL ends where the SQLite import ends: on a seeded database of each
 * engine holding the same rows, the same files leave the same rows in every table an import
 * writes, ids included, and the same counts, search answers and summaries. A second import
 * changes nothing; an import refused part-way leaves PostgreSQL exactly as it was; the CLI
 * imports into the database FAULTLINE_DATABASE_URL names.
 */
import { spawn, spawnSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FtmImportError, importFtm, type ImportSummary } from '../../data/ingest/importers/ftm';
import { importFtmToPostgres } from '../../data/ingest/importers/ftm-postgres';
import type { Db } from '../../data/store/open';
import { postgresSql } from '../../data/store/pg/sql';
import { transferToPostgres } from '../../data/store/pg/transfer';
import { searchRecords } from '../../data/store/repositories/search';
import { sqliteSql } from '../../data/store/sql';
import { freshDatabase } from '../helpers/db';
import { DRONES_FIXTURE, readLines, writeFtmFile, writeListingsFile, type Entity } from '../helpers/ftm';
import { migratedSchema } from './migrated-schema';

const ROOT = path.join(import.meta.dirname, '../..');

/** Every table an import writes, and the columns that order its rows. */
const TABLES: Record<string, string[]> = {
  actors: ['id'],
  sources: ['id'],
  sanction_regimes: ['id'],
  sanction_designations: ['id'],
  evidence: ['record_type', 'record_id', 'position'],
  record_counts: ['table_name'],
};

type Rows = Record<string, unknown>[];

describe('the FtM import into PostgreSQL', () => {
  const schema = migratedSchema();
  let sqlite: Db;
  const listings = writeListingsFile(240);
  const files = [DRONES_FIXTURE, listings.file];
  const summaries: Record<'sqlite' | 'postgres', ImportSummary[]> = { sqlite: [], postgres: [] };

  const columnsOf = (table: string) =>
    sqlite
      .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}') ORDER BY cid`)
      .all()
      .map((c) => `"${c.name}"`);
  const readSqlite = () =>
    Object.fromEntries(
      Object.entries(TABLES).map(([table, order]) => [
        table,
        sqlite
          .prepare(`SELECT ${columnsOf(table).join(', ')} FROM ${table} ORDER BY ${order.join(', ')}`)
          .all(),
      ]),
    ) as Record<string, Rows>;
  const readPostgres = async () => {
    const out: Record<string, Rows> = {};
    for (const [table, order] of Object.entries(TABLES)) {
      const sql = `SELECT ${columnsOf(table).join(', ')} FROM ${table} ORDER BY ${order.join(', ')}`;
      out[table] = (await schema.pool.query(sql)).rows as Rows;
    }
    return out;
  };
  const dataVersion = async () =>
    (await schema.pool.query<{ version: number }>('SELECT version FROM data_version')).rows[0]!.version;

  beforeAll(async () => {
    sqlite = freshDatabase().db;
    await transferToPostgres(sqlite, schema.pool);
    for (const file of files) {
      summaries.sqlite.push(await importFtm(sqlite, file));
      summaries.postgres.push(await importFtmToPostgres(schema.pool, file));
    }
  }, 60_000);
  afterAll(async () => {
    sqlite?.close();
  });

  it('writes every row, id and count as the SQLite import of the same files does', async () => {
    expect(summaries.postgres).toEqual(summaries.sqlite);
    expect(summaries.postgres[0]!.designations.created).toBe(12);
    expect(summaries.postgres[1]!.designations.created).toBe(240);
    const postgres = await readPostgres();
    const expected = readSqlite();
    for (const table of Object.keys(TABLES)) {
      expect({ [table]: postgres[table] }).toEqual({ [table]: expected[table] });
    }
    // The import made countries, regimes with their evidence, and a source per dataset.
    expect(postgres.actors!.some((a) => a.key === 'country-eu')).toBe(true);
    expect(postgres.sources!.some((s) => String(s.key).startsWith('opensanctions-'))).toBe(true);
  });

  it('finds the imported designees and designations by search, as SQLite does', async () => {
    const [sqliteSide, postgresSide] = [sqliteSql(sqlite), postgresSql(schema.pool)];
    for (const words of ['Fixture Aero', 'TESTPERSON 007', 'Fixture Sanctions Office']) {
      const answer = async (sql: typeof sqliteSide) =>
        (await searchRecords(sql, words, 20)).map((hit) => `${hit.kind}:${hit.id}`);
      const expected = await answer(sqliteSide);
      expect(expected.length).toBeGreaterThan(0);
      expect({ words, hits: await answer(postgresSide) }).toEqual({ words, hits: expected });
    }
  });

  it('changes nothing when the same files are imported again', async () => {
    const before = await readPostgres();
    const version = await dataVersion();
    for (const [i, file] of files.entries()) {
      const again = await importFtmToPostgres(schema.pool, file);
      const first = summaries.postgres[i]!;
      expect(again.designations).toEqual({ created: 0, updated: 0, unchanged: first.designations.created });
      expect(again.designees).toEqual({ created: 0, updated: 0, unchanged: first.designees.created });
      expect(again.regimes.created).toBe(0);
      expect(again.countries.created + again.countries.updated).toBe(0);
    }
    expect(await readPostgres()).toEqual(before);
    expect(await dataVersion()).toBe(version);
  });

  it('updates exactly the designation a newer file changes, as SQLite does', async () => {
    const newer = writeFtmFile(
      'newer.ftm.json',
      readLines(DRONES_FIXTURE).map((line) => {
        const entity = JSON.parse(line) as Entity;
        if (entity.id !== 'jp-meti-ru-fixture-aero') return line;
        return { ...entity, properties: { ...entity.properties, program: ['Export ban, revised'] } };
      }),
    );
    const onSqlite = await importFtm(sqlite, newer);
    const onPostgres = await importFtmToPostgres(schema.pool, newer);
    expect(onPostgres).toEqual(onSqlite);
    expect(onPostgres.designations).toMatchObject({ created: 0, updated: 1 });
    expect(await readPostgres()).toEqual(readSqlite());
  });

  it('leaves PostgreSQL as it was when an import fails part-way', async () => {
    const before = await readPostgres();
    const version = await dataVersion();
    const fresh = writeListingsFile(30, 'fr');
    // Valid lines, then one that is not JSON: refused before anything is written.
    const malformed = writeFtmFile('malformed.ftm.json', [
      ...readLines(fresh.file),
      '{"id": "x", "schema": ',
    ]);
    await expect(importFtmToPostgres(schema.pool, malformed)).rejects.toThrow(
      /malformed\.ftm\.json:\d+: not valid JSON/,
    );
    // The last Sanction's programme holds a character PostgreSQL cannot store: the new country,
    // designees and regime are written before its designation fails, and go with it.
    const lines = readLines(fresh.file);
    const last = JSON.parse(lines.at(-1)!) as Entity;
    const unstorable = writeFtmFile('unstorable.ftm.json', [
      ...lines.slice(0, -1),
      { ...last, properties: { ...last.properties, program: ['Null\u0000programme'] } },
    ]);
    const error = await importFtmToPostgres(schema.pool, unstorable).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FtmImportError);
    expect((error as Error).message).toMatch(
      new RegExp(`unstorable\\.ftm\\.json:${lines.length}: sanction "${last.id}": program holds .*NUL`),
    );
    expect(await readPostgres()).toEqual(before);
    expect(await dataVersion()).toBe(version);
  });

  it('leaves PostgreSQL as it was when the import is killed after writing rows', async () => {
    const before = await readPostgres();
    const version = await dataVersion();
    const big = writeListingsFile(20_000, 'ca');
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/import.ts', 'ftm', big.file], {
      cwd: ROOT,
      env: { ...process.env, FAULTLINE_DATABASE_URL: schema.url },
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // Killed once its transaction has inserted the new actors and goes on to the designations.
    let pastActors = false;
    while (!pastActors && child.exitCode === null) {
      const { rows } = await schema.pool.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity
         WHERE xact_start IS NOT NULL AND (query LIKE 'INSERT INTO actors%' OR query LIKE '%ftm_designations%')`,
      );
      pastActors = rows[0]!.n > 0;
      if (!pastActors) await sleep(5);
    }
    child.kill('SIGKILL');
    await exited;
    expect(pastActors).toBe(true);
    expect(await readPostgres()).toEqual(before);
    expect(await dataVersion()).toBe(version);
  }, 60_000);

  it('is what `npm run import` does when FAULTLINE_DATABASE_URL is set', async () => {
    const cli = writeListingsFile(20, 'nz');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import.ts', 'ftm', cli.file], {
      cwd: ROOT,
      env: { ...process.env, FAULTLINE_DATABASE_URL: schema.url, FAULTLINE_DB: '/nonexistent/faultline.db' },
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/into PostgreSQL/);
    expect(run.stdout).toMatch(/designations\s+20 created, 0 updated, 0 unchanged/);
    const { rows } = await schema.pool.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM sanction_designations WHERE key LIKE 'ftm-nz-listing-fixture-%'",
    );
    expect(rows[0]!.n).toBe(20);
  }, 60_000);
});
