import { createGraphQLHandler } from '@/graphql/http-adapter';
import { createContext, getApolloServer } from '@/graphql/server';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const handler = createGraphQLHandler(getApolloServer, createContext);

// HEAD and the write verbs go to the adapter too, so they get its 405 with an Allow header
// (left out, Next would answer HEAD by running GET).
export {
  handler as GET,
  handler as POST,
  handler as HEAD,
  handler as PUT,
  handler as PATCH,
  handler as DELETE,
};
