/**
 * The desk's sign-in: a personal token opens a session whose id (never the token) the browser
 * keeps; only the id's hash is stored; the session ends on sign-out, on expiry and when the
 * analyst is revoked, and whenever the token it was opened with no longer authenticates; signing
 * in again ends the browser's previous session, an analyst keeps at most ten, and expired rows are
 * swept a bounded batch at a time. (Posts from other origins: tests/security/desk-origin.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { addAnalyst, revokeAnalyst, tokenHash } from '../../data/ingest/analysts';
import {
  closeDeskSession,
  DESK_SESSION_HOURS,
  DESK_SESSIONS_PER_ANALYST,
  deskSessionAnalyst,
  deskSessionState,
  EXPIRED_SWEEP_BATCH,
  openDeskSession,
} from '../../data/ingest/desk-sessions';
import { sqliteAccounts } from '../../data/store/accounts';
import { createDeskSession } from '../../data/store/desk-sessions';
import { runSync } from '../../data/store/writes/run-sync';
import { freshDatabase } from '../helpers/db';

const { db } = freshDatabase({ seed: false });
const accounts = sqliteAccounts(db);

async function opened(token: string, now?: Date) {
  const outcome = await openDeskSession(accounts, token, now);
  if (!outcome.analyst || !('sessionId' in outcome)) throw new Error('expected a session');
  return outcome;
}

describe('desk sessions', () => {
  it('opens a session for an analyst’s token, storing only the hash of a fresh random id', async () => {
    const { token } = await addAnalyst(accounts, 'Session One');
    const session = await opened(token);
    expect(session.analyst.name).toBe('Session One');
    expect(session.sessionId).not.toBe(token);
    expect(session.sessionId).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await deskSessionAnalyst(accounts, session.sessionId)).toMatchObject({ name: 'Session One' });
    const stored = db.prepare('SELECT id_hash FROM desk_sessions').pluck().all() as Buffer[];
    expect(stored.every((hash) => hash.length === 32)).toBe(true);
    expect(stored.some((hash) => hash.toString('utf8').includes(session.sessionId))).toBe(false);
    expect((await opened(token)).sessionId).not.toBe(session.sessionId);
  });

  it('refuses a wrong or empty token as the API does, opening nothing', async () => {
    await addAnalyst(accounts, 'Session Two');
    const count = () => db.prepare('SELECT count(*) FROM desk_sessions').pluck().get();
    const before = count();
    expect(await openDeskSession(accounts, 'wrong-token')).toMatchObject({
      analyst: null,
      code: 'UNAUTHENTICATED',
    });
    expect(await openDeskSession(accounts, '  ')).toMatchObject({ analyst: null, code: 'UNAUTHENTICATED' });
    expect(count()).toBe(before);
    expect(await deskSessionAnalyst(accounts, 'made-up-session-id')).toBeNull();
    expect(await deskSessionAnalyst(accounts, undefined)).toBeNull();
  });

  it('ends on sign-out, on expiry and when the analyst is revoked', async () => {
    const { token } = await addAnalyst(accounts, 'Session Three');
    const signedOut = await opened(token);
    await closeDeskSession(accounts, signedOut.sessionId);
    expect(await deskSessionAnalyst(accounts, signedOut.sessionId)).toBeNull();

    const start = new Date('2026-01-01T08:00:00Z');
    const expiring = await opened(token, start);
    const justBefore = new Date(start.getTime() + DESK_SESSION_HOURS * 3_600_000 - 1);
    expect(await deskSessionAnalyst(accounts, expiring.sessionId, justBefore)).not.toBeNull();
    expect(await deskSessionAnalyst(accounts, expiring.sessionId, expiring.expiresAt)).toBeNull();

    const live = await opened(token);
    await revokeAnalyst(accounts, 'Session Three');
    expect(await deskSessionAnalyst(accounts, live.sessionId)).toBeNull();
  });
});

describe('a session and the token it was opened with', () => {
  const ENV_TOKEN = 'environment-token-one-0123456789';

  it('ends when FAULTLINE_WRITE_TOKEN is changed or removed, and lives while it stays', async () => {
    const session = await openDeskSession(accounts, ENV_TOKEN, new Date(), { environmentToken: ENV_TOKEN });
    if (!session.analyst || !('sessionId' in session)) throw new Error('expected a session');
    expect(session.analyst.name).toBe('admin');
    expect(await deskSessionAnalyst(accounts, session.sessionId, new Date(), ENV_TOKEN)).toMatchObject({
      name: 'admin',
    });
    expect(
      await deskSessionAnalyst(accounts, session.sessionId, new Date(), 'environment-token-two-0123456789'),
    ).toBeNull();
    expect(
      await deskSessionState(accounts, session.sessionId, new Date(), 'environment-token-two-0123456789'),
    ).toEqual({
      analyst: null,
      ended: 'tokenInvalid',
    });
    expect(await deskSessionState(accounts, session.sessionId, new Date(), undefined)).toEqual({
      analyst: null,
      ended: 'tokenInvalid',
    });
  });

  it('ends when the analyst’s own token is revoked, saying the token is no longer valid', async () => {
    const { token } = await addAnalyst(accounts, 'Session Revoked');
    const session = await opened(token);
    expect(await deskSessionState(accounts, session.sessionId)).toMatchObject({
      analyst: { name: 'Session Revoked' },
    });
    await revokeAnalyst(accounts, 'Session Revoked');
    expect(await deskSessionState(accounts, session.sessionId)).toEqual({
      analyst: null,
      ended: 'tokenInvalid',
    });
  });

  it('stores nothing that tests a guess of the token without the session id', async () => {
    const session = await openDeskSession(accounts, ENV_TOKEN, new Date(), { environmentToken: ENV_TOKEN });
    if (!session.analyst || !('sessionId' in session)) throw new Error('expected a session');
    const credential = db
      .prepare('SELECT credential FROM desk_sessions WHERE id_hash = ?')
      .pluck()
      .get(tokenHash(session.sessionId)) as Buffer;
    expect(credential).toHaveLength(32);
    expect(credential.equals(tokenHash(ENV_TOKEN))).toBe(false);
  });
});

describe('how many sessions live', () => {
  const count = (analystId: number) =>
    db.prepare('SELECT count(*) FROM desk_sessions WHERE analyst_id = ?').pluck().get(analystId);

  it('signing in again ends the browser’s previous session', async () => {
    const { token, analyst } = await addAnalyst(accounts, 'Session Again');
    const first = await opened(token);
    const second = await openDeskSession(accounts, token, new Date(), { replacing: first.sessionId });
    if (!second.analyst || !('sessionId' in second)) throw new Error('expected a session');
    expect(await deskSessionAnalyst(accounts, first.sessionId)).toBeNull();
    expect(await deskSessionAnalyst(accounts, second.sessionId)).toMatchObject({ name: 'Session Again' });
    expect(count(analyst.id)).toBe(1);
  });

  it(`keeps ${DESK_SESSIONS_PER_ANALYST} per analyst: one more ends the oldest`, async () => {
    const { token, analyst } = await addAnalyst(accounts, 'Session Many');
    const start = Date.parse('2026-03-01T08:00:00Z');
    const sessions = [];
    for (let i = 0; i <= DESK_SESSIONS_PER_ANALYST; i += 1)
      sessions.push(await opened(token, new Date(start + i * 60_000)));
    const during = new Date(start + 3_600_000);
    expect(count(analyst.id)).toBe(DESK_SESSIONS_PER_ANALYST);
    expect(await deskSessionAnalyst(accounts, sessions[0]!.sessionId, during)).toBeNull();
    for (const live of sessions.slice(1))
      expect(await deskSessionAnalyst(accounts, live.sessionId, during)).toMatchObject({
        name: 'Session Many',
      });
    // Another analyst's sessions are not counted against this one's.
    const other = await addAnalyst(accounts, 'Session Other');
    expect(
      await deskSessionAnalyst(accounts, (await opened(other.token, during)).sessionId, during),
    ).not.toBeNull();
    expect(count(analyst.id)).toBe(DESK_SESSIONS_PER_ANALYST);
  });

  it(`deletes expired rows on lookup, at most ${EXPIRED_SWEEP_BATCH} at a time`, async () => {
    const { analyst } = await addAnalyst(accounts, 'Session Expired');
    const past = '2020-01-01T00:00:00.000Z';
    const expired = () =>
      db
        .prepare('SELECT count(*) FROM desk_sessions WHERE expires_at <= ?')
        .pluck()
        .get(new Date().toISOString());
    while ((expired() as number) > 0) await deskSessionAnalyst(accounts, undefined); // rows earlier tests left to expire
    const insert = db.transaction(() => {
      for (let i = 0; i < EXPIRED_SWEEP_BATCH + 20; i += 1)
        runSync(
          db,
          createDeskSession(
            tokenHash(`expired-${i}`),
            analyst.id,
            Buffer.alloc(32),
            past,
            '2020-01-01T12:00:00.000Z',
          ),
        );
    });
    insert();
    expect(expired()).toBe(EXPIRED_SWEEP_BATCH + 20);
    expect(await deskSessionAnalyst(accounts, 'no-such-session')).toBeNull();
    expect(expired()).toBe(20);
    expect(await deskSessionAnalyst(accounts, undefined)).toBeNull();
    expect(expired()).toBe(0);
  });
});
