/**
 * The analysts who may write, and the log of who changed which record when (migration 012).
 * Tokens never reach this layer: it stores and hands back their SHA-256 only.
 */
import type { Db } from './open';
import { prepared } from './prepared';

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

type RawAnalyst = Omit<AnalystRow, 'fromEnvironment'> & { fromEnvironment: number };
const analystOf = (row: RawAnalyst): AnalystRow => ({ ...row, fromEnvironment: row.fromEnvironment === 1 });

export function analystStore(db: Db) {
  return {
    /** The analyst of this name, matched without regard to case, revoked or not. */
    byName(name: string): AnalystRow | undefined {
      const row = prepared(db, `SELECT ${COLUMNS} FROM analysts WHERE name = ?`).get(name) as
        RawAnalyst | undefined;
      return row && analystOf(row);
    },

    list(): AnalystRow[] {
      return (
        prepared(db, `SELECT ${COLUMNS} FROM analysts ORDER BY created_at, id`).all() as RawAnalyst[]
      ).map(analystOf);
    },

    create(name: string, tokenHash: Buffer, at: string): AnalystRow {
      prepared(db, 'INSERT INTO analysts (name, token_hash, created_at) VALUES (?, ?, ?)').run(
        name,
        tokenHash,
        at,
      );
      return this.byName(name)!;
    },

    /** Marks the analyst revoked; false when no analyst has this name or it was revoked already. */
    revoke(name: string, at: string): boolean {
      return (
        prepared(db, 'UPDATE analysts SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL').run(at, name)
          .changes === 1
      );
    },

    /** Analysts with a stored token who have not been revoked. */
    activeWithTokens(): ActiveAnalyst[] {
      return prepared(
        db,
        'SELECT id, name, token_hash AS tokenHash FROM analysts WHERE token_hash IS NOT NULL AND revoked_at IS NULL',
      ).all() as ActiveAnalyst[];
    },

    /** The environment's analyst, unless it has been revoked. */
    activeFromEnvironment(): { id: number; name: string } | undefined {
      return prepared(
        db,
        'SELECT id, name FROM analysts WHERE name = ? AND token_hash IS NULL AND revoked_at IS NULL',
      ).get(ENVIRONMENT_ANALYST) as { id: number; name: string } | undefined;
    },
  };
}

export type AnalystStore = ReturnType<typeof analystStore>;
