/**
 * The desk's sessions (migrations 014 and 017): a session id's hash, whose it is, the
 * credential it was opened with (keyed by the session id), and until when. Reads go through a
 * `Sql` runner; writes are steps (./writes/steps.ts), run by the caller in one transaction.
 */
import type { Sql } from './sql';
import { run, type Gen } from './writes/steps';

/** A live session's row, with what its analyst's token is now. */
export interface DeskSessionRow {
  analystId: number;
  name: string;
  credential: Buffer;
  /** The analyst's stored token hash; null for `admin`, whose token is FAULTLINE_WRITE_TOKEN. */
  tokenHash: Buffer | null;
  revokedAt: string | null;
}

export function deskSessionReads(sql: Sql) {
  return {
    /** The unexpired session with this hash and its analyst, revoked or not. */
    live(idHash: Buffer, now: string): Promise<DeskSessionRow | undefined> {
      return sql.get<DeskSessionRow>(
        `SELECT s.analyst_id AS analystId, a.name, s.credential, a.token_hash AS tokenHash,
                a.revoked_at AS revokedAt
         FROM desk_sessions s JOIN analysts a ON a.id = s.analyst_id
         WHERE s.id_hash = ? AND s.expires_at > ?`,
        [idHash, now],
      );
    },

    /** Whether any session is past its time (one probe of the expiry index). */
    async anyExpired(now: string): Promise<boolean> {
      return (
        (await sql.get('SELECT 1 FROM desk_sessions WHERE expires_at <= ? LIMIT 1', [now])) !== undefined
      );
    },
  };
}

export function* createDeskSession(
  idHash: Buffer,
  analystId: number,
  credential: Buffer,
  createdAt: string,
  expiresAt: string,
): Gen<void> {
  yield* run(
    `INSERT INTO desk_sessions (id_hash, analyst_id, credential, created_at, expires_at)
     VALUES (?, ?, ?, ?, ?)`,
    [idHash, analystId, credential, createdAt, expiresAt],
  );
}

export function* removeDeskSession(idHash: Buffer): Gen<void> {
  yield* run('DELETE FROM desk_sessions WHERE id_hash = ?', [idHash]);
}

/** Ends the analyst's sessions beyond the `keep` most recently opened. */
export function* keepNewestDeskSessions(analystId: number, keep: number): Gen<void> {
  yield* run(
    `DELETE FROM desk_sessions WHERE analyst_id = ? AND id_hash NOT IN (
       SELECT id_hash FROM desk_sessions WHERE analyst_id = ?
       ORDER BY created_at DESC, expires_at DESC LIMIT ?)`,
    [analystId, analystId, keep],
  );
}

/** Drops at most `limit` sessions past their time, the longest expired first. */
export function* removeExpiredDeskSessions(now: string, limit: number): Gen<number> {
  const { changes } = yield* run(
    `DELETE FROM desk_sessions WHERE id_hash IN (
       SELECT id_hash FROM desk_sessions WHERE expires_at <= ? ORDER BY expires_at LIMIT ?)`,
    [now, limit],
  );
  return changes;
}
