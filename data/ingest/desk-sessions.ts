/**
 * Signing in at the desk: a personal token (or FAULTLINE_WRITE_TOKEN) is checked as a bearer
 * token is, once, and exchanged for a random session id that the browser keeps in a cookie. The
 * token itself is never stored nor put in a cookie; the session id is stored only as its
 * SHA-256, like the tokens.
 */
import { randomBytes } from 'node:crypto';
import type { Db } from '../store/open';
import { deskSessionStore } from '../store/desk-sessions';
import { authenticate, tokenHash, type Authentication } from './analysts';

/** How long a desk session lasts: a working day. */
export const DESK_SESSION_HOURS = 12;

export type SignIn =
  | { sessionId: string; analyst: { id: number; name: string }; expiresAt: Date }
  | Extract<Authentication, { analyst: null }>;

/** Opens a session for the analyst whose token this is; or says why not, as the API would. */
export function openDeskSession(db: Db, token: string, now = new Date()): SignIn {
  const access = authenticate(db, token.trim() || null);
  if (!access.analyst) return access;
  const sessionId = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + DESK_SESSION_HOURS * 3_600_000);
  const sessions = deskSessionStore(db);
  db.transaction(() => {
    sessions.removeExpired(now.toISOString());
    sessions.create(tokenHash(sessionId), access.analyst.id, now.toISOString(), expiresAt.toISOString());
  }).immediate();
  return { sessionId, analyst: access.analyst, expiresAt };
}

/** The analyst signed in with this session id, while it lasts and they are not revoked. */
export function deskSessionAnalyst(
  db: Db,
  sessionId: string | undefined,
  now = new Date(),
): { id: number; name: string } | null {
  if (!sessionId) return null;
  return deskSessionStore(db).analystOf(tokenHash(sessionId), now.toISOString()) ?? null;
}

export function closeDeskSession(db: Db, sessionId: string): void {
  deskSessionStore(db).remove(tokenHash(sessionId));
}
