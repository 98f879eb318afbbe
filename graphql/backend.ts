/**
 * The app's backend: the store its reads come from, the services its writes go through, the
 * accounts its sign-ins check and the limits its writes draw from, all on one engine. The
 * engine is chosen once per process by storeEngine(): the SQLite file (FAULTLINE_DB) unless
 * FAULTLINE_DATABASE_URL names a PostgreSQL database.
 */
import 'server-only';
import type pg from 'pg';
import {
  correctionService,
  createCorrectionService,
  type CorrectionService,
} from '../data/ingest/corrections';
import { createWriteService, writeService, type WriteService } from '../data/ingest/api-writes';
import { sqliteAccounts, type Accounts } from '../data/store/accounts';
import { storeEngine } from '../data/store/engine';
import { openDatabase, type Db } from '../data/store/open';
import { postgresAccounts } from '../data/store/pg/accounts';
import { createPool } from '../data/store/pg/pool';
import { postgresWrites } from '../data/store/pg/run-writes';
import { postgresSql } from '../data/store/pg/sql';
import { createStore, storeOn, type Store } from '../data/store/store';
import {
  appFailedTokens,
  createSharedWriteLimits,
  createWriteLimits,
  writeRateFromEnv,
  type Rate,
  type WriteLimits,
} from './rate-limit';

/** What a request reads and writes through. None holds request state: one serves every request. */
export interface DataServices {
  store: Store;
  writes: WriteService;
  /** Corrections of held records, with their reasons. */
  corrections: CorrectionService;
  /** Analysts and desk sessions. */
  accounts: Accounts;
}

/** An app server's services on its database, with the write limits its requests draw from. */
export type Backend = DataServices & { limits: WriteLimits } & (
    { engine: 'sqlite'; db: Db } | { engine: 'postgres'; pool: pg.Pool }
  );

const onSqlite = new WeakMap<Db, DataServices>();

/** The services of a SQLite connection, one set per connection. */
export function sqliteServices(db: Db): DataServices {
  let services = onSqlite.get(db);
  if (!services) {
    services = {
      store: createStore(db),
      writes: createWriteService(db),
      corrections: createCorrectionService(db),
      accounts: sqliteAccounts(db),
    };
    onSqlite.set(db, services);
  }
  return services;
}

/** A backend on a SQLite connection; its limits are kept in this process's memory. */
export function sqliteBackend(db: Db, limits: WriteLimits): Backend {
  return { engine: 'sqlite', db, ...sqliteServices(db), limits };
}

/**
 * A backend on the PostgreSQL database of `pool`; its limits are kept in the database, so every
 * server on it draws from the same buckets.
 */
export function postgresBackend(pool: pg.Pool, rate: Rate = writeRateFromEnv()): Backend {
  // The store reads through a runner told of this process's writes: a mutation's answer, and
  // whatever the request reads after it, read past the write, its cached counts included.
  const versions = postgresSql(pool);
  const runner = postgresWrites(pool, () => versions.noteWrite());
  return {
    engine: 'postgres',
    pool,
    store: storeOn(versions),
    writes: writeService(runner),
    corrections: correctionService(runner),
    accounts: postgresAccounts(pool),
    limits: createSharedWriteLimits(pool, rate),
  };
}

/** The backend the environment selects, opened now. */
function openAppBackend(): Backend {
  const rate = writeRateFromEnv();
  if (storeEngine() === 'postgres') return postgresBackend(createPool(), rate);
  // The refused-token bucket is the one the desk's sign-in counted in before any backend was opened.
  return sqliteBackend(openDatabase(), createWriteLimits(rate, appFailedTokens));
}

/**
 * The app's one backend, opened on first use. Kept on the process's global object: the route
 * handler, the server components and the desk's Server Actions may be built into separate
 * bundles, each with its own copy of this module, and all of them must share one connection
 * pool and one set of write limits.
 */
const APP_BACKEND = Symbol.for('faultline.backend');
const processGlobal = globalThis as { [APP_BACKEND]?: Backend };
export const appBackend = (): Backend => (processGlobal[APP_BACKEND] ??= openAppBackend());
