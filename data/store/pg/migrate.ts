/**
 * Brings a PostgreSQL store's schema up to date: the numbered .sql files of ./migrations not yet
 * applied, in order, each in its own transaction with its row in schema_migrations. Two servers
 * deployed at once both call this on start; a session advisory lock makes the second wait for
 * the first and then find nothing left to apply.
 */
import fs from 'node:fs';
import path from 'node:path';
import type pg from 'pg';

export const PG_MIGRATIONS_DIR = path.join(process.cwd(), 'data', 'store', 'pg', 'migrations');

/**
 * The advisory lock the migrations hold: one per database, because a migration may change what
 * the whole database shares (an extension), not only its own schema.
 */
const MIGRATION_LOCK = 'faultline.schema_migrations';

interface MigrationFile {
  version: number;
  file: string;
}

function migrationFiles(dir: string): MigrationFile[] {
  const files = fs
    .readdirSync(/*turbopackIgnore: true*/ dir)
    .filter((f) => /^\d+_.+\.sql$/.test(f))
    .map((file) => ({ version: Number.parseInt(file, 10), file }))
    .sort((a, b) => a.version - b.version);
  const seen = new Map<number, string>();
  for (const { version, file } of files) {
    const other = seen.get(version);
    if (other) throw new Error(`Migrations ${other} and ${file} in ${dir} share version ${version}.`);
    seen.set(version, file);
  }
  return files;
}

/** Applies the migrations of `dir` not yet applied; returns how many it applied. */
export async function migrate(pool: pg.Pool, dir: string = PG_MIGRATIONS_DIR): Promise<number> {
  const files = migrationFiles(dir);
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [MIGRATION_LOCK]);
    try {
      await client.query(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL)',
      );
      const applied = new Set(
        (await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map(
          (r) => r.version,
        ),
      );
      let count = 0;
      for (const { version, file } of files) {
        if (applied.has(version)) continue;
        const sql = fs.readFileSync(path.join(/*turbopackIgnore: true*/ dir, file), 'utf8');
        await client.query('BEGIN');
        try {
          await client.query(sql);
          await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
            version,
            file,
          ]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw new Error(`Migration ${file} failed: ${(error as Error).message}`, { cause: error });
        }
        count += 1;
      }
      return count;
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [MIGRATION_LOCK]);
    }
  } catch (error) {
    broken = error as Error;
    throw error;
  } finally {
    // A connection whose unlock or rollback failed may still hold the lock: it is closed, not reused.
    client.release(broken);
  }
}
