/**
 * One Apollo Server over a given database, for API tests: `query` runs an operation
 * in-process with a fresh per-request context; `http` goes through the route adapter
 * with real Request objects, as the app's /api/graphql does.
 */
import type { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Db } from '../../data/store/open';
import type { Store } from '../../data/store/store';
import { createGraphQLContext, type GraphQLContext } from '../../graphql/context';
import { createGraphQLHandler } from '../../graphql/http-adapter';
import { createApolloServer } from '../../graphql/server';

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
  stop(): Promise<void>;
}

/** `store`, when given, serves the reads in place of SQLite's own store over `db`. */
export function testServer(db: Db, store?: Store): TestServer {
  const server = createApolloServer();
  let started: Promise<ApolloServer<GraphQLContext>> | undefined;
  const ready = () => (started ??= server.start().then(() => server));
  return {
    async query<T = Loose>(
      doc: string,
      variables?: Record<string, unknown>,
      headers: Record<string, string> = {},
    ) {
      await ready();
      const response = await server.executeOperation<T>(
        { query: doc, variables },
        { contextValue: createGraphQLContext(db, new Headers(headers), store) },
      );
      if (response.body.kind !== 'single') throw new Error('incremental delivery is not used here');
      const { data, errors } = response.body.singleResult;
      return { data, errors };
    },
    http: createGraphQLHandler(ready, (req) => createGraphQLContext(db, req.headers, store)),
    stop: async () => {
      if (started) await server.stop();
    },
  };
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
