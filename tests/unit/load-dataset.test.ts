import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../data/store/open';
import {
  DatasetError,
  loadDataset,
  readDataset,
  writeDatasetInTransaction,
} from '../../data/ingest/load-dataset';
import { seedDatabase } from '../../data/ingest/seed';
import { contentFingerprint, editJson, fileHash, freshDatabase, seedCopy } from '../helpers/db';

type Json = Record<string, unknown>;

describe('loading the dataset', () => {
  it('loads every file and a second load changes nothing', () => {
    const { db } = freshDatabase();
    const before = contentFingerprint(db);
    expect(before.counts.actors).toBeGreaterThanOrEqual(12);
    expect(before.counts.statements).toBeGreaterThanOrEqual(7);
    const summary = seedDatabase(db);
    for (const counts of Object.values(summary)) {
      expect(counts.created).toBe(0);
      expect(counts.updated).toBe(0);
    }
    expect(summary.statements.unchanged).toBe(before.counts.statements);
    expect(contentFingerprint(db)).toEqual(before);
  });

  it('updates an edited record in place, keeping its id', () => {
    const { db } = freshDatabase();
    const id = db.prepare("SELECT id FROM actors WHERE key = 'japan'").pluck().get();
    const dir = seedCopy();
    editJson<Json[]>(path.join(dir, 'actors.json'), (actors) => {
      const japan = actors.find((a) => a.key === 'japan')!;
      japan.description = 'Edited for the test.';
    });
    const summary = loadDataset(db, dir);
    expect(summary.actors.updated).toBe(1);
    expect(db.prepare("SELECT id, description FROM actors WHERE key = 'japan'").get()).toEqual({
      id,
      description: 'Edited for the test.',
    });
  });

  const broken: [string, string, (dir: string) => void, RegExp][] = [
    [
      'an impossible month',
      'statements.json',
      (dir) =>
        editJson<Json[]>(path.join(dir, 'statements.json'), (list) => void (list[0]!.date = '2025-13')),
      /statements\.json: record "[^"]+", field "date": "2025-13" has month 13/,
    ],
    [
      'an unknown actor key',
      'statements.json',
      (dir) =>
        editJson<Json[]>(path.join(dir, 'statements.json'), (list) => void (list[0]!.speaker = 'atlantis')),
      /statements\.json: record "[^"]+", field "speaker": unknown actor key "atlantis"/,
    ],
    [
      'a record without evidence',
      'events.json',
      (dir) => editJson<Json[]>(path.join(dir, 'events.json'), (list) => void delete list[0]!.evidence),
      /events\.json: record "[^"]+", field "evidence": /,
    ],
    [
      'a bare number where a bounded quantity is due',
      'sanction-regimes.json',
      (dir) =>
        editJson<Json[]>(path.join(dir, 'sanction-regimes.json'), (list) => {
          const figures = list.find((r) => r.key === 'japan-on-russia')!.figures as Json[];
          figures[0]!.quantity = 25;
        }),
      /sanction-regimes\.json: record "japan-on-russia", field "figures\[0\]\.quantity": must be a quantity object/,
    ],
    [
      "an intensity that is not its CAMEO code's value, with no reason given",
      'statements.json',
      (dir) =>
        editJson<Json[]>(path.join(dir, 'statements.json'), (list) => {
          const threat = list.find((s) => s.cameoCode === '130')!;
          threat.intensity = -6;
        }),
      /statements\.json: record "[^"]+", field "intensity": is -6, but CAMEO 130 \("Threaten, not specified below"\) is -4\.4/,
    ],
    [
      'a code the CAMEO codebook does not have',
      'sanction-packages.json',
      (dir) =>
        editJson<Json[]>(
          path.join(dir, 'sanction-packages.json'),
          (list) => void (list[0]!.cameoCode = '999'),
        ),
      /sanction-packages\.json: record "[^"]+", field "cameoCode": "999" is not a CAMEO event code/,
    ],
    [
      'malformed JSON',
      'topics.json',
      (dir) => fs.writeFileSync(path.join(dir, 'topics.json'), '[{"key": "x",'),
      /topics\.json: file: not valid JSON/,
    ],
  ];

  it.each(broken)(
    'refuses %s, naming the place, and leaves the file byte-for-byte as it was',
    (_, __, breakIt, message) => {
      const { db, file } = freshDatabase();
      db.close();
      const bytes = fileHash(file);
      const dir = seedCopy();
      breakIt(dir);
      const again = openDatabase(file);
      expect(() => loadDataset(again, dir)).toThrow(DatasetError);
      expect(() => loadDataset(again, dir)).toThrow(message);
      again.close();
      expect(fileHash(file)).toBe(bytes);
    },
  );

  it('takes an intensity that departs from its code when the record says why', () => {
    const { db } = freshDatabase();
    const dir = seedCopy();
    editJson<Json[]>(path.join(dir, 'statements.json'), (list) => {
      const threat = list.find((s) => s.cameoCode === '130')!;
      threat.intensity = -6;
      threat.intensityReason = 'Read as a threat of force, between 130 and 138, for the test.';
    });
    expect(() => loadDataset(db, dir)).not.toThrow();
    expect(
      db.prepare("SELECT count(*) FROM statements WHERE cameo_code = '130' AND intensity = -6").pluck().get(),
    ).toBe(1);
  });

  it('scores each package by its own code from the codebook', () => {
    const { db } = freshDatabase();
    const row = (key: string) =>
      db.prepare('SELECT cameo_code AS code, intensity FROM sanction_packages WHERE key = ?').get(key);
    expect(row('japan-on-russia-2025-01-10')).toEqual({ code: '163', intensity: -8 });
    expect(row('russia-on-japan-2022-03-21')).toEqual({ code: '164', intensity: -7 });
  });

  it('rolls back a load that fails half-way through writing', () => {
    const { db } = freshDatabase();
    const before = contentFingerprint(db);
    const dir = seedCopy();
    // New valid records early in the load, then a broken reference near its end.
    editJson<Json[]>(
      path.join(dir, 'topics.json'),
      (list) => void list.push({ key: 'added-topic', label: 'Added' }),
    );
    editJson<Json[]>(
      path.join(dir, 'events.json'),
      (list) => void ((list.at(-1)!.actors as string[])[0] = 'nobody'),
    );
    expect(() => loadDataset(db, dir)).toThrow(
      /events\.json: record "[^"]+", field "actors\[0\]": unknown actor key "nobody"/,
    );
    expect(contentFingerprint(db)).toEqual(before);
  });

  it("writes inside the caller's transaction only, naming a broken reference as a load does", () => {
    const { db } = freshDatabase();
    const before = contentFingerprint(db);
    const dir = seedCopy();
    editJson<Json[]>(
      path.join(dir, 'topics.json'),
      (list) => void list.push({ key: 'added-topic', label: 'Added' }),
    );
    editJson<Json[]>(
      path.join(dir, 'events.json'),
      (list) => void ((list.at(-1)!.actors as string[])[0] = 'nobody'),
    );
    const dataset = readDataset(dir);
    expect(() => writeDatasetInTransaction(db, dataset, 'seed', dir)).toThrow(/open transaction/);
    expect(() =>
      db.transaction(() => writeDatasetInTransaction(db, dataset, 'seed', dir)).immediate(),
    ).toThrow(/events\.json: record "[^"]+", field "actors\[0\]": unknown actor key "nobody"/);
    // The caller's transaction rolled back, and with it every row written before the error.
    expect(contentFingerprint(db)).toEqual(before);
  });
});
