'use client';

import type { ReactNode } from 'react';
import { HttpLink } from '@apollo/client';
import { ApolloClient, ApolloNextAppProvider, InMemoryCache } from '@apollo/client-integration-nextjs';
import { disableFragmentWarnings } from 'graphql-tag';

// A query carried from the server rendering to the browser is parsed again in two spellings
// (minified, then printed), which graphql-tag takes for two fragments of one name and warns
// about on every page. Fragment names are unique by construction: codegen refuses duplicates.
disableFragmentWarnings();

// During server rendering of client components there is no page origin, so the client
// reaches the API on the loopback address of this same server.
const uri =
  typeof window === 'undefined' ? `http://127.0.0.1:${process.env.PORT ?? 3000}/api/graphql` : '/api/graphql';

function makeClient() {
  return new ApolloClient({ cache: new InMemoryCache(), link: new HttpLink({ uri }) });
}

/**
 * Apollo Client for an interactive panel: mount it (through ApolloBoundary, which brings the
 * request's CSP nonce) around the part that queries from the browser, not around every page.
 * A part mounted only in the browser (the timeline's drill-down) mounts it directly: with no
 * server results to carry, it writes no script and needs no nonce.
 */
export function ApolloProvider({ children, nonce }: { children: ReactNode; nonce?: string }) {
  return (
    <ApolloNextAppProvider makeClient={makeClient} extraScriptProps={{ nonce }}>
      {children}
    </ApolloNextAppProvider>
  );
}
