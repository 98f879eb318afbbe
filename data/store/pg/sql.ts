/**
 * PostgreSQL's runner for the repositories' SQL (data/store/sql.ts). Statements are sent as
 * named prepared statements, so each connection parses and plans a list's query once, but for
 * those planned for their values (QueryOptions.planForValues), sent unnamed. The data
 * version is the row of migration 002, which every app server on the database reads: a write on
 * one moves the caches of all.
 */
import { createHash } from 'node:crypto';
import type pg from 'pg';
import { firstColumn, memoAt, type QueryOptions, type Sql } from '../sql';
import { toPostgres } from './dialect';
import { heldRequestVersion, holdRequestVersion } from '../request-scope';

export interface PostgresSql extends Sql {
  readonly pool: pg.Pool;
  /** Says that this process wrote: requests already under way read the new version at once. */
  noteWrite(): void;
}

let nextHandle = 0;

/**
 * Prepared statements belong to a pool's connections, which every runner on the pool shares: a
 * statement's name is made from its text, so two runners (or two bundles of the app) never give
 * one name to two texts. Past MAX_NAMED texts, statements run unnamed, parsed each time.
 */
const MAX_NAMED = 1024;
const names = new Map<string, string>();
export function statementName(text: string): string | undefined {
  let name = names.get(text);
  if (name === undefined && names.size < MAX_NAMED) {
    name = `faultline_${createHash('sha256').update(text).digest('base64url').slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}

export function postgresSql(pool: pg.Pool): PostgresSql {
  // Versions of different pools (tests open several databases) never collide in a cache key.
  const handle = (nextHandle += 1);
  let localWrites = 0;

  const query = async <Row>(
    text: string,
    params: readonly unknown[],
    options?: QueryOptions,
  ): Promise<Row[]> => {
    const sql = toPostgres(text);
    // An unnamed statement is planned for the values it is sent with, every time.
    const name = options?.planForValues ? undefined : statementName(sql);
    const result = await pool.query({ name, text: sql, values: params as unknown[] });
    return result.rows as Row[];
  };
  // Reads asked for while one is on its way share it, unless this process wrote since it left:
  // ten requests at once cost one round trip, and none reads a version from before its own write.
  let reading: { writes: number; version: Promise<string> } | undefined;
  const readVersion = (): Promise<string> => {
    if (reading?.writes === localWrites) return reading.version;
    const writes = localWrites;
    const version = query<{ version: number }>('SELECT version FROM data_version', []).then(
      (rows) => `pg${handle}.${rows[0]!.version}.${writes}`,
    );
    const current = { writes, version };
    reading = current;
    const settle = () => {
      if (reading === current) reading = undefined;
    };
    version.then(settle, settle);
    return version;
  };

  const runner: PostgresSql = {
    dialect: 'postgres',
    pool,
    all: (text, params = [], options) => query(text, params, options),
    get: async (text, params = []) => (await query(text, params))[0] as never,
    value: async <V>(text: string, params: readonly unknown[] = []) => {
      return firstColumn((await query(text, params))[0]) as V | undefined;
    },
    version: readVersion,
    requestVersion() {
      let held: { writes: number; version: Promise<string> } | undefined;
      const version = () => {
        if (held?.writes !== localWrites) held = { writes: localWrites, version: readVersion() };
        return held.version;
      };
      holdRequestVersion(runner, version);
      return version;
    },
    // Within a request, at the request's version: a page with three cached counts is one read of it.
    memo: async (key, compute) => memoAt(await (heldRequestVersion(runner) ?? readVersion)(), key, compute),
    noteWrite() {
      localWrites += 1;
    },
  };
  return runner;
}
