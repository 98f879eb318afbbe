/**
 * A version of the stored data, for caches of derived answers (a pair's tension series).
 * SQLite's data_version moves when another connection commits (a seed or import run in
 * its own process); writes on this connection bump a counter kept beside it.
 */
import type { Statement } from 'better-sqlite3';
import type { Db } from './open';

const localWrites = new WeakMap<Db, number>();
// Versions of different connections (tests open many) must never collide in a cache key, so
// each connection gets a handle. Its query is prepared once: `db.pragma` prepares anew on every
// call, and a request asks for the version once per cached answer it reads.
const connections = new WeakMap<Db, { handle: number; query: Statement<[], number> }>();
let nextHandle = 0;

export function noteWrite(db: Db): void {
  localWrites.set(db, (localWrites.get(db) ?? 0) + 1);
}

function connectionOf(db: Db) {
  let connection = connections.get(db);
  if (!connection) {
    connection = { handle: (nextHandle += 1), query: db.prepare<[], number>('PRAGMA data_version').pluck() };
    connections.set(db, connection);
  }
  return connection;
}

export function dataVersion(db: Db): string {
  const connection = connectionOf(db);
  return `${connection.handle}.${connection.query.get()}.${localWrites.get(db) ?? 0}`;
}

/**
 * The data version as one request sees it: other connections' commits are read once, on the
 * first call, and this connection's own writes at every call. A request that reads fifty
 * pairs' cached answers (the network) asks fifty times; one PRAGMA and one Promise serve them
 * all until the request writes, and every answer of the request is keyed by the same version
 * of the others' data.
 */
export function requestVersion(db: Db): () => Promise<string> {
  let others: number | undefined;
  let held: { writes: number; version: Promise<string> } | undefined;
  return () => {
    const writes = localWrites.get(db) ?? 0;
    if (held?.writes !== writes) {
      const connection = connectionOf(db);
      others ??= connection.query.get()!;
      held = { writes, version: Promise.resolve(`${connection.handle}.${others}.${writes}`) };
    }
    return held.version;
  };
}
