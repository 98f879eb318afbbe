/**
 * One Apollo Server over a given database, for API tests: `query` runs an operation
 * in-process with a fresh per-request context; `http` goes through the route adapter
 * with real Request objects, as the app's /api/graphql does. In the PostgreSQL project
 * (tests/helpers/postgres-copy.ts) a server given no store serves a copy of the database there.
 */
import type { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Db } from '../../data/store/open';
import type { Store } from '../../data/store/store';
import type { DataServices } from '../../graphql/backend';
import { createGraphQLContext, type GraphQLContext } from '../../graphql/context';
import { createGraphQLHandler } from '../../graphql/http-adapter';
import { createApolloServer, type ServerOptions } from '../../graphql/server';
import { contentFingerprint, type ContentFingerprint } from './db';
import {
  apiOnPostgres,
  copyToPostgres,
  postgresContentFingerprint,
  type PostgresCopy,
} from './postgres-copy';
import { derivedMismatches, postgresDerivedMismatches } from './recount';

// Answers are read loosely: a typed document per assertion would bury what the tests check.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Loose = any;

export interface Answer<T = Loose> {
  data: T | null | undefined;
  errors: readonly GraphQLFormattedError[] | undefined;
}

export const GRAPHQL_URL = 'http://localhost/api/graphql';

export interface TestServer {
  query<T = Loose>(
    doc: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<Answer<T>>;
  http(request: Request): Promise<Response>;
  /**
   * contentFingerprint of the database this server serves (of `tables`, the record tables unless
   * given): to check that a refused write wrote nothing.
   */
  contents(tables?: readonly string[]): Promise<ContentFingerprint>;
  /** derivedMismatches of the database this server serves: its trigger-kept tables against a recount. */
  derivedMismatches(): Promise<string[]>;
  stop(): Promise<void>;
}

/** `store`, when given, serves the reads in place of SQLite's own store over `db`. */
export function testServer(db: Db, store?: Store, options?: ServerOptions): TestServer {
  const server = createApolloServer(options);
  const copy = store === undefined && apiOnPostgres();
  let postgres: PostgresCopy | undefined;
  let backend: DataServices | Db = db;
  let started: Promise<ApolloServer<GraphQLContext>> | undefined;
  let stopped: Promise<void> | undefined;
  const start = async () => {
    await server.start();
    if (copy) {
      postgres = await copyToPostgres(db);
      backend = postgres.services;
    }
    return server;
  };
  const ready = () => (started ??= start());
  const context = (headers: Headers) => createGraphQLContext(backend, headers, store);
  return {
    async query<T = Loose>(
      doc: string,
      variables?: Record<string, unknown>,
      headers: Record<string, string> = {},
    ) {
      await ready();
      const response = await server.executeOperation<T>(
        { query: doc, variables },
        { contextValue: context(new Headers(headers)) },
      );
      if (response.body.kind !== 'single') throw new Error('incremental delivery is not used here');
      const { data, errors } = response.body.singleResult;
      return { data, errors };
    },
    http: createGraphQLHandler(ready, (req) => context(req.headers)),
    contents: async (tables) => {
      await ready();
      return postgres ? postgresContentFingerprint(postgres.pool, tables) : contentFingerprint(db, tables);
    },
    derivedMismatches: async () => {
      await ready();
      return postgres ? postgresDerivedMismatches(postgres.pool) : derivedMismatches(db);
    },
    stop: () => (stopped ??= stopServer()),
  };
  async function stopServer() {
    if (!started) return;
    // A failed start has failed the request that waited on it already.
    await started.catch(() => undefined);
    try {
      await server.stop();
    } finally {
      await postgres?.drop();
    }
  }
}

/** The data of an answer that must have no errors; fails loudly, naming them, otherwise. */
export function ok<T>(answer: Answer<T>): T {
  if (answer.errors?.length)
    throw new Error(`unexpected errors: ${answer.errors.map((e) => e.message).join('; ')}`);
  if (answer.data == null) throw new Error('the answer has no data');
  return answer.data;
}

/** The messages of an answer's errors, joined: for asserting what an error names. */
export function errorText(answer: Answer): string {
  return (answer.errors ?? []).map((e) => e.message).join('\n');
}
