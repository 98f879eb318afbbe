/**
 * Opens the embedded SQLite store and brings its schema up to date. The file lives
 * outside git: `.data/faultline.db` by default, FAULTLINE_DB overrides it.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { restoreIndexes } from './bulk-indexes';

export type Db = Database.Database;

export function databasePath(): string {
  // The database is data, not code: nothing here is for the build to trace.
  return path.resolve(
    /*turbopackIgnore: true*/ process.env.FAULTLINE_DB ?? path.join(process.cwd(), '.data', 'faultline.db'),
  );
}

const MIGRATIONS_DIR = path.join(process.cwd(), 'data', 'store', 'migrations');

export interface OpenOptions {
  readonly?: boolean;
  /**
   * How long a write waits for another connection's lock before failing with SQLITE_BUSY
   * (the API answers DATABASE_BUSY, retryable). FAULTLINE_BUSY_TIMEOUT_MS, else 5,000 ms.
   */
  busyTimeoutMs?: number;
}

export const DEFAULT_BUSY_TIMEOUT_MS = 5_000;

/** FAULTLINE_BUSY_TIMEOUT_MS when it is a whole number of milliseconds, else the default. */
export function busyTimeoutMs(value: string | undefined = process.env.FAULTLINE_BUSY_TIMEOUT_MS): number {
  const n = Number(value);
  return value !== undefined && value.trim() !== '' && Number.isSafeInteger(n) && n >= 0
    ? n
    : DEFAULT_BUSY_TIMEOUT_MS;
}

export function openDatabase(file: string = databasePath(), options: OpenOptions = {}): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, { readonly: options.readonly ?? false });
  // WAL lets readers (the app) go on while a writer (a load, an import) works.
  if (!options.readonly) db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // A second writer waits this long for the lock before failing with SQLITE_BUSY.
  db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(options.busyTimeoutMs ?? busyTimeoutMs()))}`);
  db.pragma('synchronous = NORMAL');
  // Grouping a busy pair's links into acts sorts 280,000 rows: in memory, not in a temp file.
  db.pragma('temp_store = MEMORY');
  // 64 MiB of page cache (the default is 2 MiB): a relation's first read walks tens of MiB of index.
  db.pragma('cache_size = -65536');
  if (!options.readonly) {
    // A bulk load stopped before its end left indexes dropped: build them before any use.
    restoreIndexes(db);
    migrate(db);
  }
  return db;
}

/** Applies the numbered .sql files not yet applied, each in its own transaction. */
export function migrate(db: Db, dir: string = MIGRATIONS_DIR): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)');
  const applied = new Set(
    db
      .prepare('SELECT version FROM schema_migrations')
      .pluck()
      .all()
      .map((v) => Number(v)),
  );
  const files = fs
    .readdirSync(/*turbopackIgnore: true*/ dir)
    .filter((f) => /^\d+_.+\.sql$/.test(f))
    .sort();
  let count = 0;
  for (const file of files) {
    const version = Number.parseInt(file, 10);
    if (applied.has(version)) continue;
    const sql = fs.readFileSync(path.join(/*turbopackIgnore: true*/ dir, file), 'utf8');
    db.transaction(() => {
      db.exec(sql);
      db.prepare('INSERT INTO schema_migrations (version, name) VALUES (?, ?)').run(version, file);
    })();
    count += 1;
  }
  return count;
}

/** True when the database holds no seeded or written records yet. */
export function isEmpty(db: Db): boolean {
  return db.prepare('SELECT count(*) FROM actors').pluck().get() === 0;
}
