/**
 * The FtM importer against the project's own fixtures (tests/fixtures/ftm: invented entities in
 * the shape of an OpenSanctions export). The same checks against the real OpenSanctions files run
 * in `npm run test:sources` (tests/sources/opensanctions.test.ts).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FtmLineError, importFtm, type ImportProgress } from '../../data/ingest/importers/ftm';
import { earliest, statusFromText, toPartialDate } from '../../data/ingest/importers/ftm-entities';
import { createStore } from '../../data/store/store';
import { contentFingerprint, fileHash, freshDatabase, tempDir } from '../helpers/db';
import {
  designation,
  DRONES_FIXTURE as DRONES,
  MINIMAL_FIXTURE as MINIMAL,
  readLines,
  regimeId,
  writeFtmFile as writeFile,
  type Entity,
} from '../helpers/ftm';

const ROOT = path.join(import.meta.dirname, '../..');

const AERO = 'NK-fixtureAeroTestWorks';
const SAMPLEOV = 'NK-fixtureSampleovTestolai';
const MOF = 'ja-mof-fixture-aero';
const METI = 'jp-meti-ru-fixture-aero';
const LINES = readLines(DRONES).length;
const SANCTIONS = readLines(DRONES).filter((l) => (JSON.parse(l) as Entity).schema === 'Sanction').length;

describe('importing FollowTheMoney entities', () => {
  it('turns the twelve Sanction entities of the fixture into designations', async () => {
    const { db } = freshDatabase();
    const japanOnRussia = regimeId(db, 'japan-on-russia');
    expect(await createStore(db).sanctions.countedFor([japanOnRussia])).toEqual([
      { individuals: 0, entities: 0, designations: 0 },
    ]);

    const summary = await importFtm(db, DRONES);
    expect(summary.read).toEqual({ lines: 21, entities: 21, sanctions: 12, designees: 2 });
    expect(summary.designations).toEqual({ created: 12, updated: 0, unchanged: 0 });
    expect(summary.designees).toEqual({ created: 2, updated: 0, unchanged: 0 });
    // Eight imposers on Russia: Japan's regime is the seeded one, the rest are new.
    expect(summary.regimes).toEqual({ created: 7, updated: 0, unchanged: 1 });
    expect(summary.skipped).toEqual({});
    expect(summary.missing).toEqual({ count: 0, sample: [] });
    // The newest last_seen in the file is the day an absent status is judged against.
    expect(summary.referenceDay).toBe('2026-04-29');

    const mof = designation(db, MOF)!;
    expect(mof).toMatchObject({
      regimeKey: 'japan-on-russia',
      designee: 'Fixture Aero Test Works LLC',
      designeeKind: 'ORGANIZATION',
      authority: 'Ministry of Finance',
      listed_on: null,
      start_date: '2024-06-21',
      sort_date: '2024-06-21',
      status: 'ACTIVE',
      origin_dataset: 'jp_mof_sanctions',
      origin: 'import:jp_mof_sanctions',
      source_url: 'https://example.org/fixtures/jp-mof',
    });
    expect(mof.program).toMatch(/^資産凍結等の措置/);
    expect(designation(db, METI)).toMatchObject({
      regimeKey: 'japan-on-russia',
      authority: 'Ministry of Economy, Trade and Industry',
      program: 'Export ban (test fixture)',
      listed_on: '2022-03-01',
      sort_date: '2022-03-01',
      origin_dataset: 'jp_meti_ru',
    });

    // Every Japanese listing of a Russian designee attaches to the seeded regime.
    const japanese = db
      .prepare(
        "SELECT DISTINCT regime_id FROM sanction_designations WHERE origin_dataset LIKE 'jp\\_%' ESCAPE '\\'",
      )
      .pluck()
      .all();
    expect(japanese).toEqual([japanOnRussia]);
    expect(await createStore(db).sanctions.countedFor([japanOnRussia])).toEqual([
      { individuals: 0, entities: 1, designations: 2 },
    ]);
    expect(await createStore(db).sanctions.countedFor([regimeId(db, 'ukraine-on-russia')])).toEqual([
      { individuals: 1, entities: 1, designations: 3 },
    ]);

    const sampleov = db
      .prepare('SELECT kind, name, aliases, country_code FROM actors WHERE key = ?')
      .get('ftm-nk-fixturesampleovtestolai') as {
      kind: string;
      name: string;
      aliases: string;
      country_code: string | null;
    };
    expect(sampleov).toMatchObject({
      kind: 'PERSON',
      name: 'Testolai Ivanovich SAMPLEOV',
      country_code: null,
    });
    expect(JSON.parse(sampleov.aliases)).toContain('Тестолай Иванович Сэмплов');
    const aero = db
      .prepare('SELECT aliases FROM actors WHERE key = ?')
      .pluck()
      .get(`ftm-${AERO.toLowerCase()}`);
    expect(JSON.parse(aero as string)).toEqual(
      expect.arrayContaining(['Sample Drone Group', 'FATW LLC', 'ООО «Фикстура Аэро Тест»']),
    );

    // Dates keep their precision; a listing given twice keeps the first; statuses map.
    expect(designation(db, 'be-fod-fixture-aero')).toMatchObject({
      listed_on: '2023-12-18',
      regimeKey: 'country-be-on-russia',
    });
    // No status word, and an end date before the file's newest last_seen: expired.
    expect(designation(db, 'ua-nsdc-fixture-aero')).toMatchObject({
      status: 'EXPIRED',
      end_date: '2024-10-30',
      regimeKey: 'ukraine-on-russia',
    });
    expect(designation(db, 'nz-ru-fixture-aero')?.status).toBe('ACTIVE');
    expect(designation(db, 'ua-nsdc-fixture-sampleov-2')?.status).toBe('SUSPENDED');
    expect(designation(db, 'ch-seco-fixture-sampleov')?.status).toBe('INACTIVE');
    expect(designation(db, 'ofac-fixture-aero')?.regimeKey).toBe('united-states-on-russia');
    expect(db.prepare("SELECT kind, name FROM actors WHERE key = 'country-eu'").get()).toEqual({
      kind: 'ORGANIZATION',
      name: 'European Union',
    });
    // A created regime carries evidence naming the dataset it came from.
    const evidence = db
      .prepare(
        `SELECT s.url FROM evidence e JOIN sources s ON s.id = e.source_id
         WHERE e.record_type = 'SanctionRegime' AND e.record_id = ?`,
      )
      .pluck()
      .all(regimeId(db, 'country-eu-on-russia'));
    expect(evidence).toEqual(['https://www.opensanctions.org/datasets/eu_fsf/']);
    // Ownerships, directorships, family ties, passports and addresses become nothing.
    expect(db.prepare("SELECT count(*) FROM actors WHERE key LIKE 'ftm-%'").pluck().get()).toBe(2);
  });

  it('changes nothing when the same file is imported again', async () => {
    const { db } = freshDatabase();
    const first = await importFtm(db, DRONES);
    const before = contentFingerprint(db);
    const second = await importFtm(db, DRONES);
    expect(contentFingerprint(db)).toEqual(before);
    expect(second.designations).toEqual({ created: 0, updated: 0, unchanged: first.designations.created });
    expect(second.designees).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect(second.regimes).toEqual({ created: 0, updated: 0, unchanged: 8 });
  });

  it('updates exactly the designation a newer file changes', async () => {
    const { db } = freshDatabase();
    await importFtm(db, DRONES);
    const rows = () =>
      db.prepare('SELECT * FROM sanction_designations ORDER BY id').all() as Record<string, unknown>[];
    const before = rows();
    const newer = writeFile(
      'newer.ftm.json',
      readLines(DRONES).map((line) => {
        const entity = JSON.parse(line) as Entity;
        if (entity.id !== METI) return line;
        return { ...entity, properties: { ...entity.properties, program: ['Export ban, revised'] } };
      }),
    );
    const summary = await importFtm(db, newer);
    expect(summary.designations).toEqual({ created: 0, updated: 1, unchanged: SANCTIONS - 1 });
    expect(summary.designees).toEqual({ created: 0, updated: 0, unchanged: 2 });
    const after = rows();
    const changed = after.filter((row, i) => JSON.stringify(row) !== JSON.stringify(before[i]));
    expect(changed.map((r) => [r.key, r.program])).toEqual([[`ftm-${METI}`, 'Export ban, revised']]);
    expect(after.map((r) => r.id)).toEqual(before.map((r) => r.id));
  });

  it('refuses a file with a malformed line, naming the line, and writes nothing', async () => {
    const { db } = freshDatabase();
    const before = contentFingerprint(db);
    const lines = readLines(DRONES);
    const badJson = writeFile('bad-json.ftm.json', [
      ...lines.slice(0, 2),
      '{"id": "x", "schema": ',
      ...lines.slice(3),
    ]);
    await expect(importFtm(db, badJson)).rejects.toThrow(/bad-json\.ftm\.json:3: not valid JSON/);
    const noSchema = writeFile('no-schema.ftm.json', [...lines.slice(0, 2), '{"id": "x", "properties": {}}']);
    await expect(importFtm(db, noSchema)).rejects.toThrow(
      /no-schema\.ftm\.json:3: entity "x" has no "schema"/,
    );
    const badProperties = writeFile('bad-properties.ftm.json', [
      '{"id": "y", "schema": "Person", "properties": []}',
    ]);
    await expect(importFtm(db, badProperties)).rejects.toThrow(
      /:1: entity "y": "properties" is not an object/,
    );
    // The last line is broken: nothing before it is written either.
    const lastBad = writeFile('last-bad.ftm.json', [...lines.slice(0, LINES - 1), '{"schema": "Person"}']);
    const error = await importFtm(db, lastBad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FtmLineError);
    expect((error as FtmLineError).line).toBe(LINES);
    expect((error as Error).message).toContain(`:${LINES}: entity has no "id"`);
    expect(contentFingerprint(db)).toEqual(before);
  });

  it('reports Sanctions naming entities the file does not hold, and invents nothing', async () => {
    const { db } = freshDatabase();
    const file = writeFile(
      'no-sampleov.ftm.json',
      readLines(DRONES).filter((line) => (JSON.parse(line) as Entity).id !== SAMPLEOV),
    );
    const summary = await importFtm(db, file);
    expect(summary.missing).toEqual({ count: 1, sample: [SAMPLEOV] });
    expect(summary.skipped).toEqual({ 'designee not in file': 5 });
    expect(summary.designations.created).toBe(7);
    expect(
      db.prepare("SELECT count(*) FROM actors WHERE key = 'ftm-nk-fixturesampleovtestolai'").pluck().get(),
    ).toBe(0);
    expect(designation(db, 'ua-nsdc-fixture-sampleov')).toBeUndefined();
  });

  it('skips Sanctions it cannot place in a regime, counting each reason', async () => {
    const { db } = freshDatabase();
    const sanction = (id: string, entity: string | null, country = 'eu'): Entity => ({
      id,
      schema: 'Sanction',
      properties: {
        country: [country],
        authority: ['Council of the European Union'],
        ...(entity && { entity: [entity] }),
      },
    });
    const file = writeFile('minimal-sanctions.ftm.json', [
      ...readLines(MINIMAL),
      sanction('s-testenko', 'NK-fixtureTestenkoExamplo'), // nationality ru
      sanction('s-nocountryeva', 'NK-fixtureNocountryPlaceholdia'), // no country at all
      sanction('s-address', 'addr-fixture-minsk'), // an Address
      sanction('s-nobody', null),
      sanction('s-global', 'NK-fixtureTestenkoExamplo', 'zz'),
    ]);
    const summary = await importFtm(db, file);
    expect(summary.designations.created).toBe(1);
    expect(summary.skipped).toEqual({
      'designee has no country': 1,
      'designee schema Address is not imported': 1,
      'sanction names no entity': 1,
      'sanction has no country (no imposer)': 1,
    });
    expect(designation(db, 's-testenko')).toMatchObject({
      regimeKey: 'country-eu-on-russia',
      designee: 'Examplo Yurievich TESTENKO',
      designeeKind: 'PERSON',
      authority: 'Council of the European Union',
      program: null,
      status: 'ACTIVE',
    });
  });

  it('writes nothing for a file without Sanctions, and reports progress', async () => {
    const { db } = freshDatabase();
    const before = contentFingerprint(db);
    const seen: ImportProgress[] = [];
    const summary = await importFtm(db, MINIMAL, { onProgress: (p) => seen.push(p) });
    expect(summary.read.sanctions).toBe(0);
    expect(contentFingerprint(db)).toEqual(before);
    const size = fs.statSync(MINIMAL).size;
    expect(seen.filter((p) => p.phase === 'scan').at(-1)).toEqual({ phase: 'scan', done: size, total: size });

    const all: ImportProgress[] = [];
    await importFtm(db, DRONES, { onProgress: (p) => all.push(p) });
    expect(new Set(all.map((p) => p.phase))).toEqual(new Set(['scan', 'designees', 'write']));
    expect(all.every((p) => p.done <= p.total)).toBe(true);
    expect(all.at(-1)).toEqual({ phase: 'write', done: SANCTIONS, total: SANCTIONS });
  });
});

describe('FtM values', () => {
  it('cuts dates to valid partial dates, keeping their precision', () => {
    expect(
      ['2022', '2022-03', '2022-03-11', '2022-03-11T10:00:00', '2022-02-30', '2022-13-01', 'n/a'].map(
        toPartialDate,
      ),
    ).toEqual(['2022', '2022-03', '2022-03-11', '2022-03-11', '2022-02', '2022', null]);
    expect(earliest(['2025-03-15', '2023-12-18'])).toBe('2023-12-18');
  });

  it('maps status words, and leaves unknown ones to the date rule', () => {
    const statuses = ['active', 'Sanctioned', 'inactive', 'delisted', 'expired', 'Suspended', 'extended'];
    expect(statuses.map((s) => statusFromText([s]))).toEqual([
      'ACTIVE',
      'ACTIVE',
      'INACTIVE',
      'INACTIVE',
      'EXPIRED',
      'SUSPENDED',
      null,
    ]);
  });
});

describe('the import CLI', () => {
  // node with tsx's loader, as `npm run import` runs it, without npx's own start-up each time.
  const run = (args: string[], db: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, FAULTLINE_DB: db },
      encoding: 'utf8',
    });

  it('exits non-zero naming the broken line, and imports a good file', () => {
    const dir = tempDir('faultline-cli-');
    const db = path.join(dir, 'faultline.db');
    const lines = readLines(DRONES);
    const broken = writeFile('broken.ftm.json', [...lines.slice(0, 2), 'not json', ...lines.slice(3)]);
    const hash = fileHash(broken);

    const failed = run(['ftm', broken], db);
    expect(failed.status).not.toBe(0);
    expect(failed.stderr).toContain(`${broken}:3: not valid JSON`);
    expect(failed.stderr).not.toMatch(/^\s+at /m);
    expect(fileHash(broken)).toBe(hash);

    const ok = run(['ftm', DRONES], db);
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/designations\s+12 created, 0 updated, 0 unchanged/);
    expect(ok.stdout).toMatch(/skipped\s+none/);

    const usage = run(['nonsense'], db);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('Usage: npm run import -- ftm <file>');
    // Three processes on a shared machine: a generous bound, not a speed check.
  }, 90_000);
});
