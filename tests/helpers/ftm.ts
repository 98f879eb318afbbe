/**
 * FollowTheMoney files for the import tests: the committed fixtures (tests/fixtures/ftm,
 * invented entities), edited copies of a file, and a generated list of many designations for
 * the paging tests. Plus the two reads the tests make of what an import wrote.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../data/store/open';
import { tempDir } from './db';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'ftm');
/** A company and a person with twelve Sanctions from eight imposers. */
export const DRONES_FIXTURE = path.join(FIXTURES, 'test-drones.entities.ftm.json');
/** People and organisations, with and without a country; no Sanction. */
export const MINIMAL_FIXTURE = path.join(FIXTURES, 'test-minimal.entities.ftm.json');

export type Entity = { id: string; schema: string; properties: Record<string, unknown> };

export const readLines = (file: string) => fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);

/** Writes `lines` (strings or entities) to a temp file and returns its path. */
export function writeFtmFile(name: string, lines: (string | Entity)[]): string {
  const file = path.join(tempDir('faultline-ftm-'), name);
  fs.writeFileSync(file, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n');
  return file;
}

/** The designation an FtM Sanction became, with its regime's key and its designee. */
export const designation = (db: Db, sanctionId: string) =>
  db
    .prepare(
      `SELECT d.*, r.key AS regimeKey, a.name AS designee, a.kind AS designeeKind
       FROM sanction_designations d JOIN sanction_regimes r ON r.id = d.regime_id
       JOIN actors a ON a.id = d.designee_id WHERE d.key = ?`,
    )
    .get(`ftm-${sanctionId}`) as Record<string, unknown> | undefined;

export const regimeId = (db: Db, key: string) =>
  db.prepare('SELECT id FROM sanction_regimes WHERE key = ?').pluck().get(key) as number;

/** The key of the regime a designation (by its key) is filed under. */
export const regimeOf = (db: Db, designationKey: string) =>
  db
    .prepare(
      'SELECT r.key FROM sanction_designations d JOIN sanction_regimes r ON r.id = d.regime_id WHERE d.key = ?',
    )
    .pluck()
    .get(designationKey) as string | undefined;

export interface ListingsFile {
  file: string;
  /** The designations' keys, newest listing first (the order the API lists them in). */
  keys: string[];
  /** Designee names by designation key. */
  designees: Map<string, string>;
}

/**
 * An FtM file holding `count` Sanctions by one imposer on Russian designees, each listed on its
 * own day (so newest-first has one answer), spread over `count / 5` invented people. The paging
 * tests import it to have more designations than a page holds.
 */
export function writeListingsFile(count: number, imposer = 'gb'): ListingsFile {
  const people = Math.max(1, Math.ceil(count / 5));
  const person = (i: number): Entity & { caption: string } => ({
    id: `NK-listing-testperson-${String(i).padStart(3, '0')}`,
    caption: `Listing TESTPERSON ${String(i).padStart(3, '0')}`,
    schema: 'Person',
    properties: {
      name: [`Listing TESTPERSON ${String(i).padStart(3, '0')}`],
      nationality: ['ru'],
      topics: ['sanction'],
    },
  });
  const designees = Array.from({ length: people }, (_, i) => person(i + 1));
  const day = (i: number) => new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
  const sanctions: Entity[] = Array.from({ length: count }, (_, i) => ({
    id: `${imposer}-listing-fixture-${String(i + 1).padStart(4, '0')}`,
    schema: 'Sanction',
    properties: {
      country: [imposer],
      entity: [designees[i % people]!.id],
      authority: ['Fixture Sanctions Office'],
      program: [`Test programme ${(i % 3) + 1}`],
      listingDate: [day(i)],
    },
  }));
  const file = writeFtmFile(`listings-${count}.ftm.json`, [
    ...designees.map((d) => ({ ...d, datasets: [`${imposer}_fixture_sanctions`] })),
    ...sanctions.map((s) => ({ ...s, datasets: [`${imposer}_fixture_sanctions`] })),
  ]);
  const newestFirst = [...sanctions].reverse();
  return {
    file,
    keys: newestFirst.map((s) => `ftm-${s.id}`),
    designees: new Map(
      sanctions.map((s, i) => [`ftm-${s.id}`, designees[i % people]!.caption] as [string, string]),
    ),
  };
}
