import { timingSafeEqual, createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';

export interface AccessProblem {
  code: 'FORBIDDEN' | 'UNAUTHENTICATED';
  message: string;
}

/**
 * Whether a request may write. The token is compared in constant time (through digests of
 * equal length), so response timing does not reveal how much of a guess was right.
 */
export function writeAccessProblem(
  bearerToken: string | null,
  expected: string | undefined = process.env.FAULTLINE_WRITE_TOKEN,
): AccessProblem | null {
  if (!expected) {
    return {
      code: 'FORBIDDEN',
      message: 'Writes are disabled: the server has no FAULTLINE_WRITE_TOKEN set.',
    };
  }
  if (!bearerToken) {
    return { code: 'UNAUTHENTICATED', message: 'Writes need an "Authorization: Bearer <token>" header.' };
  }
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  if (!timingSafeEqual(digest(bearerToken), digest(expected))) {
    return { code: 'UNAUTHENTICATED', message: 'The bearer token is not the write token.' };
  }
  return null;
}

/** What a client reads when the database stayed locked by another writer past busy_timeout. */
export const DATABASE_BUSY_MESSAGE =
  'The database is busy with another write; nothing was written. Retry in a moment.';

/** A write that could not get the database's lock: retryable, naming nothing internal. */
export function databaseBusyError(): GraphQLError {
  return new GraphQLError(DATABASE_BUSY_MESSAGE, {
    extensions: { code: 'DATABASE_BUSY', retryable: true },
  });
}

/** True for better-sqlite3's SqliteError with code SQLITE_BUSY (or an extended SQLITE_BUSY_*). */
export function isDatabaseBusy(error: unknown): boolean {
  if (!(error instanceof Error) || error.name !== 'SqliteError') return false;
  const code = (error as Error & { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}
