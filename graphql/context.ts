/**
 * What every resolver receives: the store, loaders fresh for this request (so no data is
 * cached across requests), the write service, the bearer token the request carried, and the
 * analyst that token names (looked up once per request, only when something asks).
 */
import type { Db } from '../data/store/open';
import { createStore, type Store } from '../data/store/store';
import { createLoaders, type Loaders } from '../data/store/loaders';
import { createWriteService, type WriteService } from '../data/ingest/api-writes';
import { authenticate, type Authentication } from '../data/ingest/analysts';
import { sqliteAccounts } from '../data/store/accounts';
import { createCorrectionService, type CorrectionService } from '../data/ingest/corrections';

export interface GraphQLContext {
  store: Store;
  loaders: Loaders;
  /** The data version this request reads at: the key of the answers kept across requests. */
  version: () => Promise<string>;
  writes: WriteService;
  /** Corrections of held records, with their reasons. */
  corrections: CorrectionService;
  /** The token of an `Authorization: Bearer <token>` header, if any. */
  bearerToken: string | null;
  /** Who the bearer token says is writing, or why nobody may. */
  writeAccess: () => Promise<Authentication>;
  /**
   * The analyst an in-process operation writes for (a desk form), who signed in without a bearer
   * token; unset for operations over HTTP and for the server's own reads.
   */
  signedInAnalyst?: { id: number; name: string };
}

export function bearerTokenOf(headers: Headers): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.get('authorization') ?? '');
  return match?.[1] ?? null;
}

// The store and write service hold no request state, so one of each serves every request
// on a database; only the loaders (which cache) are made per request.
const services = new WeakMap<Db, { store: Store; writes: WriteService; corrections: CorrectionService }>();

/**
 * The context of one request on `db`. `store` stands in for SQLite's store when given (another
 * implementation of the same interface); writes and sign-ins still go to `db`.
 */
export function createGraphQLContext(db: Db, headers: Headers, store?: Store): GraphQLContext {
  let shared = services.get(db);
  if (!shared) {
    shared = {
      store: createStore(db),
      writes: createWriteService(db),
      corrections: createCorrectionService(db),
    };
    services.set(db, shared);
  }
  const served = store ? { ...shared, store } : shared;
  const bearerToken = bearerTokenOf(headers);
  let access: Promise<Authentication> | undefined;
  return {
    ...served,
    loaders: createLoaders(served.store),
    version: served.store.requestVersion(),
    bearerToken,
    writeAccess: () => (access ??= authenticate(sqliteAccounts(db), bearerToken)),
  };
}
