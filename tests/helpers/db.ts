import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { openDatabase, type Db } from '../../data/store/open';
import { seedDatabase } from '../../data/ingest/seed';
import { sqliteAccounts } from '../../data/store/accounts';
import { analystReads } from '../../data/store/analysts';

export function tempDir(prefix = 'faultline-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A new database file in a temp folder, migrated and (unless told not to) seeded. */
export function freshDatabase(options: { seed?: boolean } = {}): { db: Db; file: string } {
  const file = path.join(tempDir(), 'faultline.db');
  const db = openDatabase(file);
  if (options.seed ?? true) seedDatabase(db);
  return { db, file };
}

/** The tables that hold records, those a refused write must leave as they were. */
export const CONTENT_TABLES = [
  'sources',
  'actors',
  'topics',
  'statements',
  'statement_targets',
  'statement_topics',
  'events',
  'event_actors',
  'measurements',
  'sanction_regimes',
  'regime_figures',
  'sanction_packages',
  'sanction_designations',
  'alliances',
  'memberships',
  'offices',
  'evidence',
];

export interface ContentFingerprint {
  counts: Record<string, number>;
  hash: string;
}

/** Row counts per table and one hash over every row, in primary-key order. */
export function contentFingerprint(db: Db, tables: readonly string[] = CONTENT_TABLES): ContentFingerprint {
  const hash = createHash('sha256');
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const rows = db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2, 3`).raw().all();
    counts[table] = rows.length;
    hash.update(table).update(JSON.stringify(rows));
  }
  return { counts, hash: hash.digest('hex') };
}

export function fileHash(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Copies data/seed to a temp folder, to break a copy instead of the real dataset. */
export function seedCopy(): string {
  const dir = tempDir('faultline-seed-');
  const from = path.join(process.cwd(), 'data', 'seed');
  for (const f of fs.readdirSync(from)) fs.copyFileSync(path.join(from, f), path.join(dir, f));
  return dir;
}

export function editJson<T>(file: string, edit: (value: T) => void): void {
  const value = JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  edit(value);
  fs.writeFileSync(file, JSON.stringify(value, null, 2));
}

/** The analyst FAULTLINE_WRITE_TOKEN stands for, for tests that call the write service directly. */
export async function environmentAnalyst(db: Db): Promise<{ id: number; name: string }> {
  const analyst = await analystReads(sqliteAccounts(db).sql).activeFromEnvironment();
  if (!analyst) throw new Error('the database has no active admin analyst');
  return analyst;
}
