/**
 * The desk's sessions (migration 014): a session id's hash, whose it is and until when. An
 * analyst revoked since signing in has no session: the lookup joins on the analyst being active.
 */
import type { Db } from './open';
import { prepared } from './prepared';

export function deskSessionStore(db: Db) {
  return {
    create(idHash: Buffer, analystId: number, createdAt: string, expiresAt: string): void {
      prepared(
        db,
        'INSERT INTO desk_sessions (id_hash, analyst_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
      ).run(idHash, analystId, createdAt, expiresAt);
    },

    /** The active analyst whose unexpired session this is, if any. */
    analystOf(idHash: Buffer, now: string): { id: number; name: string } | undefined {
      return prepared(
        db,
        `SELECT a.id, a.name FROM desk_sessions s JOIN analysts a ON a.id = s.analyst_id
         WHERE s.id_hash = ? AND s.expires_at > ? AND a.revoked_at IS NULL`,
      ).get(idHash, now) as { id: number; name: string } | undefined;
    },

    remove(idHash: Buffer): void {
      prepared(db, 'DELETE FROM desk_sessions WHERE id_hash = ?').run(idHash);
    },

    /** Drops sessions past their time, so the table holds only live ones. */
    removeExpired(now: string): void {
      prepared(db, 'DELETE FROM desk_sessions WHERE expires_at <= ?').run(now);
    },
  };
}
