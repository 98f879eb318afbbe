/**
 * The desk's sign-in: a personal token opens a session whose id (never the token) the browser
 * keeps; only the id's hash is stored; the session ends on sign-out, on expiry and when the
 * analyst is revoked. Posts are accepted only from the app's own origin.
 */
import { describe, expect, it } from 'vitest';
import { addAnalyst, revokeAnalyst } from '../../data/ingest/analysts';
import {
  closeDeskSession,
  DESK_SESSION_HOURS,
  deskSessionAnalyst,
  openDeskSession,
} from '../../data/ingest/desk-sessions';
import { overHttps, sameOrigin } from '../../graphql/desk-session';
import { freshDatabase } from '../helpers/db';

const { db } = freshDatabase({ seed: false });

function opened(token: string, now?: Date) {
  const outcome = openDeskSession(db, token, now);
  if (!outcome.analyst || !('sessionId' in outcome)) throw new Error('expected a session');
  return outcome;
}

describe('desk sessions', () => {
  it('opens a session for an analyst’s token, storing only the hash of a fresh random id', () => {
    const { token } = addAnalyst(db, 'Session One');
    const session = opened(token);
    expect(session.analyst.name).toBe('Session One');
    expect(session.sessionId).not.toBe(token);
    expect(session.sessionId).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(deskSessionAnalyst(db, session.sessionId)).toMatchObject({ name: 'Session One' });
    const stored = db.prepare('SELECT id_hash FROM desk_sessions').pluck().all() as Buffer[];
    expect(stored.every((hash) => hash.length === 32)).toBe(true);
    expect(stored.some((hash) => hash.toString('utf8').includes(session.sessionId))).toBe(false);
    expect(opened(token).sessionId).not.toBe(session.sessionId);
  });

  it('refuses a wrong or empty token as the API does, opening nothing', () => {
    addAnalyst(db, 'Session Two');
    const count = () => db.prepare('SELECT count(*) FROM desk_sessions').pluck().get();
    const before = count();
    expect(openDeskSession(db, 'wrong-token')).toMatchObject({ analyst: null, code: 'UNAUTHENTICATED' });
    expect(openDeskSession(db, '  ')).toMatchObject({ analyst: null, code: 'UNAUTHENTICATED' });
    expect(count()).toBe(before);
    expect(deskSessionAnalyst(db, 'made-up-session-id')).toBeNull();
    expect(deskSessionAnalyst(db, undefined)).toBeNull();
  });

  it('ends on sign-out, on expiry and when the analyst is revoked', () => {
    const { token } = addAnalyst(db, 'Session Three');
    const signedOut = opened(token);
    closeDeskSession(db, signedOut.sessionId);
    expect(deskSessionAnalyst(db, signedOut.sessionId)).toBeNull();

    const start = new Date('2026-01-01T08:00:00Z');
    const expiring = opened(token, start);
    const justBefore = new Date(start.getTime() + DESK_SESSION_HOURS * 3_600_000 - 1);
    expect(deskSessionAnalyst(db, expiring.sessionId, justBefore)).not.toBeNull();
    expect(deskSessionAnalyst(db, expiring.sessionId, expiring.expiresAt)).toBeNull();

    const live = opened(token);
    revokeAnalyst(db, 'Session Three');
    expect(deskSessionAnalyst(db, live.sessionId)).toBeNull();
  });
});

describe('posts to the desk', () => {
  const headers = (entries: Record<string, string>) => new Headers(entries);

  it('are accepted only when their Origin names the host they were sent to', () => {
    expect(sameOrigin(headers({ origin: 'http://127.0.0.1:3000', host: '127.0.0.1:3000' }))).toBe(true);
    expect(sameOrigin(headers({ origin: 'https://evil.example', host: '127.0.0.1:3000' }))).toBe(false);
    expect(sameOrigin(headers({ host: '127.0.0.1:3000' }))).toBe(false);
    expect(sameOrigin(headers({ origin: 'null', host: '127.0.0.1:3000' }))).toBe(false);
  });

  it('make the cookie Secure when the page was reached over https', () => {
    expect(overHttps(headers({ origin: 'https://desk.example' }))).toBe(true);
    expect(overHttps(headers({ origin: 'http://127.0.0.1:3000' }))).toBe(false);
  });
});
