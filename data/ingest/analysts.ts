/**
 * Named analysts: each has a personal write token, made here from 32 random bytes and shown
 * once; the store keeps only its SHA-256 (a random token needs no slow hash: there is no
 * dictionary to try). `admin` is whoever holds FAULTLINE_WRITE_TOKEN.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Accounts } from '../store/accounts';
import {
  analystByName,
  analystReads,
  createAnalyst,
  ENVIRONMENT_ANALYST,
  revokeAnalystNamed,
  type AnalystRow,
} from '../store/analysts';

/** What a bad name or an unknown analyst is refused with; the CLI prints the message. */
export class AnalystError extends Error {}

export const tokenHash = (token: string): Buffer => createHash('sha256').update(token, 'utf8').digest();

/** Letters, digits, spaces and . ' - _ ; starting with a letter or digit; 1 to 80 characters. */
const NAME = /^[\p{L}\p{N}][\p{L}\p{N} .'_-]{0,79}$/u;

export function analystNameProblem(name: string): string | null {
  if (name.trim() === '') return 'an analyst needs a name';
  if (!NAME.test(name) || name !== name.trim()) {
    return `"${name}" is not a usable analyst name: 1 to 80 letters, digits, spaces, or . ' _ -, starting with a letter or digit`;
  }
  return null;
}

const now = () => new Date().toISOString();

/** Creates an analyst; returns it with its token, which is stored nowhere and cannot be shown again. */
export async function addAnalyst(
  accounts: Accounts,
  name: string,
): Promise<{ analyst: AnalystRow; token: string }> {
  const problem = analystNameProblem(name);
  if (problem) throw new AnalystError(problem);
  const token = randomBytes(32).toString('base64url');
  const analyst = await accounts.writes.transact(function* () {
    const taken = yield* analystByName(name);
    if (taken)
      throw new AnalystError(`the name "${taken.name}" is taken by an analyst created ${taken.createdAt}`);
    return yield* createAnalyst(name, tokenHash(token), now());
  });
  return { analyst, token };
}

/** Revokes an analyst's token; their past writes keep their name. */
export function revokeAnalyst(accounts: Accounts, name: string): Promise<AnalystRow> {
  return accounts.writes.transact(function* () {
    const analyst = yield* analystByName(name);
    if (!analyst) throw new AnalystError(`no analyst is named "${name}"`);
    if (analyst.revokedAt)
      throw new AnalystError(`"${analyst.name}" was revoked already, at ${analyst.revokedAt}`);
    yield* revokeAnalystNamed(analyst.name, now());
    return (yield* analystByName(analyst.name))!;
  });
}

export const listAnalysts = (accounts: Accounts): Promise<AnalystRow[]> => analystReads(accounts.sql).list();

/** The shortest FAULTLINE_WRITE_TOKEN a server starts with: a short one could be guessed. */
export const MIN_WRITE_TOKEN_LENGTH = 16;

/**
 * Why FAULTLINE_WRITE_TOKEN cannot be used, or null when it can (or is not set: writes then go
 * through named analysts only, or are refused).
 */
export function writeTokenProblem(token: string | undefined): string | null {
  if (!token || token.length >= MIN_WRITE_TOKEN_LENGTH) return null;
  return `FAULTLINE_WRITE_TOKEN is ${token.length} characters long; it must have at least ${MIN_WRITE_TOKEN_LENGTH} (a random one: \`openssl rand -hex 32\`), or be left unset to write through named analysts only (npm run analyst -- add <name>)`;
}

export type Authentication =
  | { analyst: { id: number; name: string } }
  | { analyst: null; code: 'FORBIDDEN' | 'UNAUTHENTICATED'; message: string };

/**
 * The analyst a bearer token belongs to. Every stored hash (and the environment token's) is
 * compared, in constant time and without stopping at a match, so the answer's timing says
 * nothing about which token, or how much of one, was right. A revoked token matches nothing.
 */
export async function authenticate(
  accounts: Accounts,
  bearerToken: string | null,
  environmentToken: string | undefined = process.env.FAULTLINE_WRITE_TOKEN,
): Promise<Authentication> {
  const store = analystReads(accounts.sql);
  const analysts = await store.activeWithTokens();
  if (!environmentToken && analysts.length === 0) {
    return {
      analyst: null,
      code: 'FORBIDDEN',
      message:
        'Writes are disabled: the server has no FAULTLINE_WRITE_TOKEN set and no analyst (npm run analyst -- add <name>).',
    };
  }
  if (!bearerToken) {
    return {
      analyst: null,
      code: 'UNAUTHENTICATED',
      message: 'Writes need an "Authorization: Bearer <token>" header.',
    };
  }
  const presented = tokenHash(bearerToken);
  let found: { id: number; name: string } | null = null;
  for (const a of analysts) {
    if (timingSafeEqual(presented, a.tokenHash) && !found) found = { id: a.id, name: a.name };
  }
  if (environmentToken && timingSafeEqual(presented, tokenHash(environmentToken)) && !found) {
    found = (await store.activeFromEnvironment()) ?? null;
  }
  if (!found) {
    return {
      analyst: null,
      code: 'UNAUTHENTICATED',
      message: 'The bearer token is not a valid write token.',
    };
  }
  return { analyst: found };
}

export { ENVIRONMENT_ANALYST };
