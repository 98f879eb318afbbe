/**
 * The desk's sign-in, for its Server Actions: a personal token is exchanged for a session
 * (data/ingest/desk-sessions.ts) whose id the browser keeps in an HttpOnly, SameSite=Strict
 * cookie. Wrong tokens count against the client's address in the same bucket as wrong bearer
 * tokens at the API, so the sign-in form and the API together are no faster way to guess one.
 * A session lasts only while the token it was opened with still authenticates.
 */
import 'server-only';
import {
  closeDeskSession,
  deskSessionAnalyst,
  deskSessionState,
  openDeskSession,
  type DeskSessionState,
} from '../data/ingest/desk-sessions';
import { appBackend, type Backend } from './backend';
import { clientAddress } from './client-address';
import { takeTokenAttempt } from './rate-limit';

export const DESK_COOKIE = 'faultline_desk';

export type { DeskSessionState };

export interface HeaderReader {
  get(name: string): string | null;
}

export type DeskSignIn =
  { ok: true; sessionId: string; analyst: string; expiresAt: Date } | { ok: false; message: string };

/** What the desk's sessions are kept in: the app's backend unless another is given. */
type DeskBackend = Pick<Backend, 'accounts' | 'limits'>;

/**
 * Exchanges a token for a session; `previousSessionId` (the cookie the browser sent, if any) is
 * ended by a successful sign-in, so signing in again leaves no second session behind.
 */
export async function deskSignIn(
  token: string,
  headers: HeaderReader,
  previousSessionId?: string,
  backend: DeskBackend = appBackend(),
): Promise<DeskSignIn> {
  if (token.trim() === '') return { ok: false, message: 'Enter your personal token.' };
  const client = clientAddress(headers);
  // Wrong tokens at sign-in and wrong bearer tokens at the API fill one bucket per client.
  const attempt = await takeTokenAttempt(backend.limits.failedTokens, client);
  if (attempt.refused) {
    const minutes = Math.ceil(attempt.msBeforeNext / 60_000);
    return { ok: false, message: `Too many wrong tokens from this address: try again in ${minutes} min.` };
  }
  const outcome = await openDeskSession(backend.accounts, token, new Date(), {
    replacing: previousSessionId,
  });
  // Only a wrong token keeps its point: a right one, or writes being off, guessed nothing.
  if (outcome.analyst || outcome.code !== 'UNAUTHENTICATED') await attempt.giveBack();
  if (!outcome.analyst) {
    const message =
      outcome.code === 'FORBIDDEN'
        ? outcome.message
        : 'That token is not an active analyst’s token: check it, or ask for a new one (npm run analyst -- add <name>).';
    return { ok: false, message };
  }
  // The count of wrong tokens stays: a right one between guesses must not reset it.
  return {
    ok: true,
    sessionId: outcome.sessionId,
    analyst: outcome.analyst.name,
    expiresAt: outcome.expiresAt,
  };
}

/** The analyst signed in with this session id, or null. */
export const deskAnalyst = (sessionId: string | undefined, backend: DeskBackend = appBackend()) =>
  deskSessionAnalyst(backend.accounts, sessionId);

/** The session's analyst, or why there is none (the token it was opened with no longer valid). */
export const deskSession = (sessionId: string | undefined, backend: DeskBackend = appBackend()) =>
  deskSessionState(backend.accounts, sessionId);

export const deskSignOut = (sessionId: string, backend: DeskBackend = appBackend()) =>
  closeDeskSession(backend.accounts, sessionId);

// Whether a POST comes from the app's own pages, by the rule proxy.ts applies too.
export { overHttps, sameOrigin } from './request-origin';
