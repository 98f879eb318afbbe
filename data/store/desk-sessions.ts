/**
 * The desk's sessions (migrations 014 and 017): a session id's hash, whose it is, the
 * credential it was opened with (keyed by the session id), and until when.
 */
import type { Db } from './open';
import { prepared } from './prepared';

/** A live session's row, with what its analyst's token is now. */
export interface DeskSessionRow {
  analystId: number;
  name: string;
  credential: Buffer;
  /** The analyst's stored token hash; null for `admin`, whose token is FAULTLINE_WRITE_TOKEN. */
  tokenHash: Buffer | null;
  revokedAt: string | null;
}

export function deskSessionStore(db: Db) {
  return {
    create(
      idHash: Buffer,
      analystId: number,
      credential: Buffer,
      createdAt: string,
      expiresAt: string,
    ): void {
      prepared(
        db,
        `INSERT INTO desk_sessions (id_hash, analyst_id, credential, created_at, expires_at)
         VALUES (?, ?, ?, ?, ?)`,
      ).run(idHash, analystId, credential, createdAt, expiresAt);
    },

    /** The unexpired session with this hash and its analyst, revoked or not. */
    live(idHash: Buffer, now: string): DeskSessionRow | undefined {
      return prepared(
        db,
        `SELECT s.analyst_id AS analystId, a.name, s.credential, a.token_hash AS tokenHash,
                a.revoked_at AS revokedAt
         FROM desk_sessions s JOIN analysts a ON a.id = s.analyst_id
         WHERE s.id_hash = ? AND s.expires_at > ?`,
      ).get(idHash, now) as DeskSessionRow | undefined;
    },

    remove(idHash: Buffer): void {
      prepared(db, 'DELETE FROM desk_sessions WHERE id_hash = ?').run(idHash);
    },

    /** Ends the analyst's sessions beyond the `keep` most recently opened. */
    keepNewest(analystId: number, keep: number): void {
      prepared(
        db,
        `DELETE FROM desk_sessions WHERE analyst_id = ? AND id_hash NOT IN (
           SELECT id_hash FROM desk_sessions WHERE analyst_id = ?
           ORDER BY created_at DESC, expires_at DESC LIMIT ?)`,
      ).run(analystId, analystId, keep);
    },

    /** Whether any session is past its time (one probe of the expiry index). */
    anyExpired(now: string): boolean {
      return prepared(db, 'SELECT 1 FROM desk_sessions WHERE expires_at <= ? LIMIT 1').get(now) !== undefined;
    },

    /** Drops at most `limit` sessions past their time, the longest expired first. */
    removeExpired(now: string, limit: number): number {
      return prepared(
        db,
        `DELETE FROM desk_sessions WHERE id_hash IN (
           SELECT id_hash FROM desk_sessions WHERE expires_at <= ? ORDER BY expires_at LIMIT ?)`,
      ).run(now, limit).changes;
    },
  };
}
