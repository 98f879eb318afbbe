/**
 * Which engine holds the store: SQLite (the file at FAULTLINE_DB) unless FAULTLINE_DATABASE_URL
 * names a PostgreSQL database. A URL of any other kind is refused rather than ignored, so a
 * typo never leaves a deployment writing to a SQLite file nobody reads.
 */
export type StoreEngine = 'sqlite' | 'postgres';

const POSTGRES_SCHEMES = ['postgres:', 'postgresql:'];

/** The URL's scheme, for messages: the rest of a database URL may hold a password. */
function schemeOf(url: string): string {
  const match = /^([a-z][a-z0-9+.-]*:)/i.exec(url.trim());
  return match ? match[1]! : '(no scheme)';
}

/** Checks that `url` names a PostgreSQL database, and returns it; `name` is where it came from. */
export function postgresUrl(url: string, name = 'FAULTLINE_DATABASE_URL'): string {
  const scheme = schemeOf(url).toLowerCase();
  if (!POSTGRES_SCHEMES.includes(scheme)) {
    throw new Error(`${name} must be a postgres:// or postgresql:// URL; it starts with "${schemeOf(url)}".`);
  }
  return url.trim();
}

/** The engine the environment selects; an empty FAULTLINE_DATABASE_URL counts as unset. */
export function storeEngine(env: Record<string, string | undefined> = process.env): StoreEngine {
  const url = env.FAULTLINE_DATABASE_URL;
  if (url === undefined || url.trim() === '') return 'sqlite';
  postgresUrl(url);
  return 'postgres';
}
