import { GraphQLError } from 'graphql';

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
