import { createGraphQLHandler } from '@/graphql/http-adapter';
import { createContext, getApolloServer } from '@/graphql/server';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const handler = createGraphQLHandler(getApolloServer, createContext);

/**
 * A browser opening /api/graphql (asking for HTML, no `query`) is sent to the playground,
 * Apollo's own landing page being off; every other GET is a GraphQL request.
 */
function GET(req: Request): Promise<Response> {
  const accept = req.headers.get('accept')?.toLowerCase() ?? '';
  const browser = accept.includes('text/html') && !accept.includes('json');
  if (browser && !new URL(req.url).searchParams.has('query')) {
    return Promise.resolve(
      new Response(null, { status: 302, headers: { location: '/playground', vary: 'accept' } }),
    );
  }
  return handler(req);
}

// HEAD and the write verbs go to the adapter too, so they get its 405 with an Allow header
// (left out, Next would answer HEAD by running GET).
export { GET, handler as POST, handler as HEAD, handler as PUT, handler as PATCH, handler as DELETE };
