/**
 * Signing in at the desk: a personal token (or FAULTLINE_WRITE_TOKEN) is checked as a bearer
 * token is, once, and exchanged for a random session id that the browser keeps in a cookie. The
 * token itself is never stored nor put in a cookie; the session id is stored only as its
 * SHA-256, like the tokens.
 *
 * A session lives no longer than the token it was opened with: each lookup checks that the token
 * still authenticates (the analyst not revoked; for `admin`, FAULTLINE_WRITE_TOKEN still set to
 * the same value), since the desk's writes run as the session's analyst without a token.
 * Signing in again ends the browser's previous session, an analyst keeps at most
 * DESK_SESSIONS_PER_ANALYST live ones, and expired rows are swept a bounded batch at a time.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Accounts } from '../store/accounts';
import {
  createDeskSession,
  deskSessionReads,
  keepNewestDeskSessions,
  removeDeskSession,
  removeExpiredDeskSessions,
  type DeskSessionRow,
} from '../store/desk-sessions';
import { authenticate, tokenHash, type Authentication } from './analysts';

/** How long a desk session lasts: a working day. */
export const DESK_SESSION_HOURS = 12;

/** Live sessions an analyst may hold; opening one more ends the oldest. */
export const DESK_SESSIONS_PER_ANALYST = 10;

/** Expired sessions deleted per sweep, so that no lookup or sign-in does unbounded work. */
export const EXPIRED_SWEEP_BATCH = 100;

export type SignIn =
  | { sessionId: string; analyst: { id: number; name: string }; expiresAt: Date }
  | Extract<Authentication, { analyst: null }>;

export interface SignInOptions {
  /** The session the browser held before (its cookie), ended by this sign-in. */
  replacing?: string;
  /** FAULTLINE_WRITE_TOKEN as the server has it now. */
  environmentToken?: string;
}

/**
 * What binds a session to its token: the token's SHA-256, keyed by the session id, so the
 * stored value is of no use without the id only the browser holds.
 */
const credentialOf = (sessionId: string, digest: Buffer): Buffer =>
  createHmac('sha256', sessionId).update(digest).digest();

const environmentDefault = () => process.env.FAULTLINE_WRITE_TOKEN;

/** Probes first, so that a lookup with nothing to sweep writes nothing. */
async function sweepExpired({ sql, writes }: Accounts, now: string): Promise<void> {
  if (await deskSessionReads(sql).anyExpired(now))
    await writes.transact(() => removeExpiredDeskSessions(now, EXPIRED_SWEEP_BATCH));
}

/** Opens a session for the analyst whose token this is; or says why not, as the API would. */
export async function openDeskSession(
  accounts: Accounts,
  token: string,
  now = new Date(),
  { replacing, environmentToken = environmentDefault() }: SignInOptions = {},
): Promise<SignIn> {
  const presented = token.trim();
  const access = await authenticate(accounts, presented || null, environmentToken);
  if (!access.analyst) return access;
  const { analyst } = access;
  const sessionId = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + DESK_SESSION_HOURS * 3_600_000);
  const credential = credentialOf(sessionId, tokenHash(presented));
  await accounts.writes.transact(function* () {
    if (replacing) yield* removeDeskSession(tokenHash(replacing));
    yield* removeExpiredDeskSessions(now.toISOString(), EXPIRED_SWEEP_BATCH);
    yield* createDeskSession(
      tokenHash(sessionId),
      analyst.id,
      credential,
      now.toISOString(),
      expiresAt.toISOString(),
    );
    yield* keepNewestDeskSessions(analyst.id, DESK_SESSIONS_PER_ANALYST);
  });
  return { sessionId, analyst, expiresAt };
}

/**
 * A session id's state: its analyst while it lasts; `tokenInvalid` when its row is live but the
 * token it was opened with no longer authenticates; `none` when there is no such live session.
 */
export type DeskSessionState =
  { analyst: { id: number; name: string } } | { analyst: null; ended: 'none' | 'tokenInvalid' };

/** Whether the token behind this session still authenticates as its analyst. */
function tokenStillValid(
  row: DeskSessionRow,
  sessionId: string,
  environmentToken: string | undefined,
): boolean {
  if (row.revokedAt !== null) return false;
  // `admin` has no stored hash: its token is whatever FAULTLINE_WRITE_TOKEN is now.
  const digest = row.tokenHash ?? (environmentToken ? tokenHash(environmentToken) : null);
  if (!digest) return false;
  return timingSafeEqual(credentialOf(sessionId, digest), row.credential);
}

export async function deskSessionState(
  accounts: Accounts,
  sessionId: string | undefined,
  now = new Date(),
  environmentToken: string | undefined = environmentDefault(),
): Promise<DeskSessionState> {
  await sweepExpired(accounts, now.toISOString());
  if (!sessionId) return { analyst: null, ended: 'none' };
  const row = await deskSessionReads(accounts.sql).live(tokenHash(sessionId), now.toISOString());
  if (!row) return { analyst: null, ended: 'none' };
  if (!tokenStillValid(row, sessionId, environmentToken)) return { analyst: null, ended: 'tokenInvalid' };
  return { analyst: { id: row.analystId, name: row.name } };
}

/** The analyst signed in with this session id, while it lasts and its token still authenticates. */
export async function deskSessionAnalyst(
  accounts: Accounts,
  sessionId: string | undefined,
  now = new Date(),
  environmentToken: string | undefined = environmentDefault(),
): Promise<{ id: number; name: string } | null> {
  return (await deskSessionState(accounts, sessionId, now, environmentToken)).analyst;
}

export function closeDeskSession(accounts: Accounts, sessionId: string): Promise<void> {
  return accounts.writes.transact(() => removeDeskSession(tokenHash(sessionId)));
}
