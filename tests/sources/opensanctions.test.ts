/**
 * The FtM importer against real OpenSanctions files (CC BY-NC, so never copied into the
 * project): the ZALA file, 91 entities around a drone maker with 41 Sanctions, and t1, a minimal
 * case. Their folder is FAULTLINE_OPENSANCTIONS_DIR (`npm run test:sources -- --opensanctions`).
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FtmLineError, importFtm, type ImportProgress } from '../../data/ingest/importers/ftm';
import { createStore } from '../../data/store/store';
import { contentFingerprint, freshDatabase } from '../helpers/db';
import { designation, readLines, regimeId, writeFtmFile as writeFile, type Entity } from '../helpers/ftm';
import { sourcePath } from './paths';

const ZALA = sourcePath('opensanctions', 'zala.entities.ftm.json');
const T1 = sourcePath('opensanctions', 't1.entities.ftm.json');

const LLC_CST = 'NK-abdzbEBkqyT29GyREbiURZ';
const ZAKHAROV = 'NK-aU5ybkbRFJucf8YMwsJvDw';
const MOF = 'ja-mof-4547bdb800b835462d590017ac27032b44f8ae13';
const METI = 'jp-meti-ru-a4289d0f2ab37bb75f684ce3ef806f3092417b7f';

describe('importing OpenSanctions FollowTheMoney entities', () => {
  it('turns the 41 Sanction entities of the ZALA file into designations', async () => {
    const { db } = freshDatabase();
    const japanOnRussia = regimeId(db, 'japan-on-russia');
    expect(await createStore(db).sanctions.countedFor([japanOnRussia])).toEqual([
      { individuals: 0, entities: 0, designations: 0 },
    ]);

    const summary = await importFtm(db, ZALA);
    expect(summary.read).toEqual({ lines: 91, entities: 91, sanctions: 41, designees: 2 });
    expect(summary.designations).toEqual({ created: 41, updated: 0, unchanged: 0 });
    expect(summary.designees).toEqual({ created: 2, updated: 0, unchanged: 0 });
    // Twelve imposers on Russia: Japan's regime is the seeded one, the rest are new.
    expect(summary.regimes).toEqual({ created: 11, updated: 0, unchanged: 1 });
    expect(summary.skipped).toEqual({});
    expect(summary.missing).toEqual({ count: 0, sample: [] });

    const mof = designation(db, MOF)!;
    expect(mof).toMatchObject({
      regimeKey: 'japan-on-russia',
      designee: 'LLC CST',
      designeeKind: 'ORGANIZATION',
      authority: 'Ministry of Finance',
      listed_on: null,
      start_date: '2024-06-21',
      sort_date: '2024-06-21',
      status: 'ACTIVE',
      origin_dataset: 'jp_mof_sanctions',
      origin: 'import:jp_mof_sanctions',
      source_url:
        'https://www.mof.go.jp/policy/international_policy/gaitame_kawase/gaitame/economic_sanctions/gaiyou.html',
    });
    expect(mof.program).toMatch(/^資産凍結等の措置の対象となるロシア連邦の団体及び個人/);
    expect(designation(db, METI)).toMatchObject({
      regimeKey: 'japan-on-russia',
      authority: 'Ministry of Economy, Trade and Industry',
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
      { individuals: 1, entities: 1, designations: 5 },
    ]);

    const zakharov = db
      .prepare('SELECT kind, name, aliases, country_code FROM actors WHERE key = ?')
      .get('ftm-nk-au5ybkbrfjucf8ymwsjvdw') as {
      kind: string;
      name: string;
      aliases: string;
      country_code: string | null;
    };
    expect(zakharov).toMatchObject({
      kind: 'PERSON',
      name: 'Alexander Vyacheslavovich ZAKHAROV',
      country_code: null,
    });
    expect(JSON.parse(zakharov.aliases)).toContain('Александр Вячеславович Захаров');
    const cst = db
      .prepare('SELECT aliases FROM actors WHERE key = ?')
      .pluck()
      .get(`ftm-${LLC_CST.toLowerCase()}`);
    expect(JSON.parse(cst as string)).toEqual(expect.arrayContaining(['Zala Aero Group', 'TsST LLC']));

    // Dates keep their precision; a listing given twice keeps the first; statuses map.
    expect(designation(db, 'be-fod-6b5e9e949f3a7b1e9f5e62ecec79478ca6a28a0b')).toMatchObject({
      listed_on: '2023-12-18',
      regimeKey: 'country-be-on-russia',
    });
    expect(designation(db, 'ua-nsdc-6c8c31da8d3db74b085a9217f3322ba118141a63')).toMatchObject({
      status: 'EXPIRED',
      end_date: '2024-10-30',
      regimeKey: 'ukraine-on-russia',
    });
    expect(designation(db, 'nz-ru-0d067c42307e25ad91bb93577659d011aceaff9b')?.status).toBe('ACTIVE');
    expect(designation(db, 'ofac-780cd5691cab9c1219d921e42857cc300fef150e')?.regimeKey).toBe(
      'united-states-on-russia',
    );
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
  });

  it('changes nothing when the same file is imported again', async () => {
    const { db } = freshDatabase();
    const first = await importFtm(db, ZALA);
    const before = contentFingerprint(db);
    const second = await importFtm(db, ZALA);
    expect(contentFingerprint(db)).toEqual(before);
    expect(second.designations).toEqual({ created: 0, updated: 0, unchanged: first.designations.created });
    expect(second.designees).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect(second.regimes).toEqual({ created: 0, updated: 0, unchanged: 12 });
  });

  it('updates exactly the designation a newer file changes', async () => {
    const { db } = freshDatabase();
    await importFtm(db, ZALA);
    const rows = () =>
      db.prepare('SELECT * FROM sanction_designations ORDER BY id').all() as Record<string, unknown>[];
    const before = rows();
    const newer = writeFile(
      'newer.ftm.json',
      readLines(ZALA).map((line) => {
        const entity = JSON.parse(line) as Entity;
        if (entity.id !== METI) return line;
        return { ...entity, properties: { ...entity.properties, program: ['Export ban, revised'] } };
      }),
    );
    const summary = await importFtm(db, newer);
    expect(summary.designations).toEqual({ created: 0, updated: 1, unchanged: 40 });
    expect(summary.designees).toEqual({ created: 0, updated: 0, unchanged: 2 });
    const after = rows();
    const changed = after.filter((row, i) => JSON.stringify(row) !== JSON.stringify(before[i]));
    expect(changed.map((r) => [r.key, r.program])).toEqual([[`ftm-${METI}`, 'Export ban, revised']]);
    expect(after.map((r) => r.id)).toEqual(before.map((r) => r.id));
  });

  it('refuses a file with a malformed line, naming the line, and writes nothing', async () => {
    const { db } = freshDatabase();
    const before = contentFingerprint(db);
    const lines = readLines(ZALA);
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
    // The last line is broken: nothing before it is written either.
    const lastBad = writeFile('last-bad.ftm.json', [...lines.slice(0, 90), '{"schema": "Person"}']);
    const error = await importFtm(db, lastBad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FtmLineError);
    expect((error as FtmLineError).line).toBe(91);
    expect((error as Error).message).toContain(':91: entity has no "id"');
    expect(contentFingerprint(db)).toEqual(before);
  });

  it('reports Sanctions naming entities the file does not hold, and invents nothing', async () => {
    const { db } = freshDatabase();
    const file = writeFile(
      'no-zakharov.ftm.json',
      readLines(ZALA).filter((line) => (JSON.parse(line) as Entity).id !== ZAKHAROV),
    );
    const summary = await importFtm(db, file);
    expect(summary.missing).toEqual({ count: 1, sample: [ZAKHAROV] });
    expect(summary.skipped).toEqual({ 'designee not in file': 13 });
    expect(summary.designations.created).toBe(28);
    expect(
      db.prepare("SELECT count(*) FROM actors WHERE key = 'ftm-nk-au5ybkbrfjucf8ymwsjvdw'").pluck().get(),
    ).toBe(0);
    expect(designation(db, 'ua-nsdc-3531f935d268a134880b64ba29518e35dafd049f')).toBeUndefined();
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
    const file = writeFile('t1-sanctions.ftm.json', [
      ...readLines(T1),
      sanction('s-kuzmenko', 'NK-2Ka3UvopqbpZmVDFjWd4LA'), // nationality ru
      sanction('s-zjuravleva', 'NK-2KeUB68qUJtykm3BuAcazG'), // no country at all
      sanction('s-address', 'NK-2MQE6AmhAk4tqhENJAMUG9'), // an Address
      sanction('s-nobody', null),
      sanction('s-global', 'NK-2Ka3UvopqbpZmVDFjWd4LA', 'zz'),
    ]);
    const summary = await importFtm(db, file);
    expect(summary.designations.created).toBe(1);
    expect(summary.skipped).toEqual({
      'designee has no country': 1,
      'designee schema Address is not imported': 1,
      'sanction names no entity': 1,
      'sanction has no country (no imposer)': 1,
    });
    expect(designation(db, 's-kuzmenko')).toMatchObject({
      regimeKey: 'country-eu-on-russia',
      designee: 'Vitaly Yurievich KUZMENKO',
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
    const summary = await importFtm(db, T1, { onProgress: (p) => seen.push(p) });
    expect(summary.read.sanctions).toBe(0);
    expect(contentFingerprint(db)).toEqual(before);
    const size = fs.statSync(T1).size;
    expect(seen.filter((p) => p.phase === 'scan').at(-1)).toEqual({ phase: 'scan', done: size, total: size });

    const all: ImportProgress[] = [];
    await importFtm(db, ZALA, { onProgress: (p) => all.push(p) });
    expect(new Set(all.map((p) => p.phase))).toEqual(new Set(['scan', 'designees', 'write']));
    expect(all.every((p) => p.done <= p.total)).toBe(true);
    expect(all.at(-1)).toEqual({ phase: 'write', done: 41, total: 41 });
  });
});
