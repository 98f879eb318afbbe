/**
 * What every resolver receives: the store, loaders fresh for this request (so no data is
 * cached across requests), the write service, the bearer token the request carried, and the
 * analyst that token names (looked up once per request, only when something asks).
 */
import type { Db } from '../data/store/open';
import type { Store } from '../data/store/store';
import { createLoaders, type Loaders } from '../data/store/loaders';
import type { WriteService } from '../data/ingest/api-writes';
import { authenticate, type Authentication } from '../data/ingest/analysts';
import type { CorrectionService } from '../data/ingest/corrections';
import { sqliteServices, type DataServices } from './backend';

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

/**
 * The context of one request on `backend` (the app's, graphql/backend.ts), or on the SQLite
 * connection `db`. `store` stands in for the backend's store when given (another implementation
 * of the same interface); writes and sign-ins still go to the backend.
 */
export function createGraphQLContext(
  backend: DataServices | Db,
  headers: Headers,
  store?: Store,
): GraphQLContext {
  const services = 'accounts' in backend ? backend : sqliteServices(backend);
  const served = store ?? services.store;
  const bearerToken = bearerTokenOf(headers);
  const version = served.requestVersion();
  let access: Promise<Authentication> | undefined;
  return {
    store: served,
    writes: services.writes,
    corrections: services.corrections,
    loaders: createLoaders(served, version),
    version,
    bearerToken,
    writeAccess: () => (access ??= authenticate(services.accounts, bearerToken)),
  };
}
