/**
 * The analysts who may write, and the log of who changed which record when (migration 012).
 * Tokens never reach this layer: it stores and hands back their SHA-256 only. Names are matched
 * without regard to case: SQLite's column is COLLATE NOCASE, PostgreSQL's case_insensitive.
 */
import type { Sql } from './sql';
import { get, run, type Gen } from './writes/steps';

export interface AnalystRow {
  id: number;
  name: string;
  createdAt: string;
  revokedAt: string | null;
  /** True for `admin`, whose token is FAULTLINE_WRITE_TOKEN rather than a stored hash. */
  fromEnvironment: boolean;
}

/** An analyst who may write, with the hash their token must match. */
export interface ActiveAnalyst {
  id: number;
  name: string;
  tokenHash: Buffer;
}

/** The analyst that FAULTLINE_WRITE_TOKEN stands for (migration 012 creates the row). */
export const ENVIRONMENT_ANALYST = 'admin';

const COLUMNS = `id, name, created_at AS createdAt, revoked_at AS revokedAt, token_hash IS NULL AS fromEnvironment`;
const BY_NAME = `SELECT ${COLUMNS} FROM analysts WHERE name = ?`;

// SQLite answers IS NULL with 0 or 1, PostgreSQL with a boolean.
type RawAnalyst = Omit<AnalystRow, 'fromEnvironment'> & { fromEnvironment: number | boolean };
const analystOf = (row: RawAnalyst): AnalystRow => ({
  ...row,
  fromEnvironment: row.fromEnvironment === 1 || row.fromEnvironment === true,
});

export function analystReads(sql: Sql) {
  return {
    async list(): Promise<AnalystRow[]> {
      return (await sql.all<RawAnalyst>(`SELECT ${COLUMNS} FROM analysts ORDER BY created_at, id`)).map(
        analystOf,
      );
    },

    /** Analysts with a stored token who have not been revoked. */
    activeWithTokens(): Promise<ActiveAnalyst[]> {
      return sql.all<ActiveAnalyst>(
        'SELECT id, name, token_hash AS tokenHash FROM analysts WHERE token_hash IS NOT NULL AND revoked_at IS NULL',
      );
    },

    /** The environment's analyst, unless it has been revoked. */
    activeFromEnvironment(): Promise<{ id: number; name: string } | undefined> {
      return sql.get<{ id: number; name: string }>(
        'SELECT id, name FROM analysts WHERE name = ? AND token_hash IS NULL AND revoked_at IS NULL',
        [ENVIRONMENT_ANALYST],
      );
    },
  };
}

/** The analyst of this name, matched without regard to case, revoked or not. */
export function* analystByName(name: string): Gen<AnalystRow | undefined> {
  const row = yield* get<RawAnalyst>(BY_NAME, [name]);
  return row && analystOf(row);
}

export function* createAnalyst(name: string, tokenHash: Buffer, at: string): Gen<AnalystRow> {
  yield* run('INSERT INTO analysts (name, token_hash, created_at) VALUES (?, ?, ?)', [name, tokenHash, at]);
  return (yield* analystByName(name))!;
}

/** Marks the analyst revoked; false when no analyst has this name or it was revoked already. */
export function* revokeAnalystNamed(name: string, at: string): Gen<boolean> {
  const { changes } = yield* run('UPDATE analysts SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL', [
    at,
    name,
  ]);
  return changes === 1;
}
