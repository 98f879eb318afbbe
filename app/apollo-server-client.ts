/**
 * Apollo Client on the server, for `PreloadQuery`: a client panel's first query runs here,
 * in-process against the schema (no HTTP hop), and its result streams to the browser's cache
 * with the page, so hydrating asks the API for nothing. GraphQL errors travel as a result, not
 * a failure, so the browser shows the API's own message instead of asking again.
 */
import 'server-only';
import { ApolloLink, Observable } from '@apollo/client';
import { ApolloClient, InMemoryCache, registerApolloClient } from '@apollo/client-integration-nextjs';
import { OperationError, runOperation } from '@/graphql/server';

const inProcess = new ApolloLink(
  (operation) =>
    new Observable((observer) => {
      runOperation(operation.query, operation.variables).then(
        (data) => {
          observer.next({ data: data as Record<string, unknown> });
          observer.complete();
        },
        (error: unknown) => {
          if (error instanceof OperationError) {
            observer.next({ data: null, errors: error.errors });
            observer.complete();
          } else observer.error(error);
        },
      );
    }),
);

export const { PreloadQuery } = registerApolloClient(
  () => new ApolloClient({ cache: new InMemoryCache(), link: inProcess }),
);
