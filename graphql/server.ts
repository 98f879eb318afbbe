/**
 * The one Apollo Server of the app, over the embedded store. The route handler serves it
 * over HTTP; server components run operations against it in-process (no HTTP hop).
 */
import { ApolloServer, type GraphQLRequest } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type GraphQLFormattedError } from 'graphql';
import { openDatabase, type Db } from '../data/store/open';
import { createGraphQLContext, type GraphQLContext } from './context';
import { resolvers } from './resolvers';
import { readTypeDefs } from './schema';

/** Most tokens a query may have: parsing stops there with a 400, before any work. */
export const MAX_TOKENS = 2_000;

let database: Db | undefined;
function db(): Db {
  return (database ??= openDatabase());
}

/** Hides internals in production: an unexpected error says only that it happened. */
export function formatError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (process.env.NODE_ENV === 'production' && (code === 'INTERNAL_SERVER_ERROR' || code === undefined)) {
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  }
  return formatted;
}

export function createApolloServer(): ApolloServer<GraphQLContext> {
  return new ApolloServer<GraphQLContext>({
    typeDefs: readTypeDefs(),
    resolvers,
    introspection: true,
    // Apollo's landing page loads from a CDN; the app's own playground is at /playground.
    plugins: [ApolloServerPluginLandingPageDisabled()],
    parseOptions: { maxTokens: MAX_TOKENS },
    formatError,
    includeStacktraceInErrorResponses: process.env.NODE_ENV !== 'production',
  });
}

let started: Promise<ApolloServer<GraphQLContext>> | undefined;

export function getApolloServer(): Promise<ApolloServer<GraphQLContext>> {
  started ??= (async () => {
    const server = createApolloServer();
    await server.start();
    return server;
  })();
  return started;
}

export function createContext(request: { headers: Headers }): GraphQLContext {
  return createGraphQLContext(db(), request.headers);
}

/** Runs an operation in-process, as a server component's data source; throws on errors. */
export async function runOperation<TData, TVars extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVars>,
  variables?: TVars,
): Promise<TData> {
  const server = await getApolloServer();
  const request: GraphQLRequest<TVars> = { query: print(document), variables };
  const response = await server.executeOperation<TData, TVars>(request, {
    contextValue: createContext({ headers: new Headers() }),
  });
  if (response.body.kind !== 'single') throw new Error('incremental delivery is not used here');
  const { data, errors } = response.body.singleResult;
  if (errors?.length) throw new Error(errors.map((e) => e.message).join('; '));
  if (data == null) throw new Error('the operation returned no data');
  return data;
}
