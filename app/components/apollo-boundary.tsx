import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { ApolloProvider } from '@/app/apollo-provider';

/**
 * Apollo Client around one interactive panel, with the request's CSP nonce (proxy.ts) for the
 * scripts that carry the server's query results to the browser.
 */
export async function ApolloBoundary({ children }: { children: ReactNode }) {
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return <ApolloProvider nonce={nonce}>{children}</ApolloProvider>;
}
