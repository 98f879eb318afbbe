/**
 * Runs before every request Next serves (static files aside) and gives it a fresh nonce: the
 * Content-Security-Policy allows inline scripts only with it, never 'unsafe-inline'. Next reads
 * the nonce from the request's CSP header and puts it on its own scripts; the root layout reads
 * x-nonce and hands it to Apollo's data-transport scripts. A nonce per request makes every
 * page dynamic, which they are anyway (each reads the live database).
 */
import { NextResponse, type NextRequest } from 'next/server';
import { sameOrigin } from './graphql/request-origin';
import { contentSecurityPolicy } from './next.config';

export const FOREIGN_ORIGIN_MESSAGE = 'This form can only be sent from Faultline’s own pages.';

/**
 * A POST to the desk, or a Server Action call to any page (a `Next-Action` header: a script can
 * post an action to /records/... as well as to the desk), whose Origin names another site:
 * refused here with 403 and a plain message, by the rule the actions apply
 * (graphql/request-origin.ts), rather than reaching Next's own check, which answers such a
 * request with a 500. A POST without an Origin goes on to the actions, which refuse it themselves.
 */
function foreignDeskPost(request: NextRequest): boolean {
  if (request.method !== 'POST') return false;
  const path = request.nextUrl.pathname;
  const desk = path === '/desk' || path.startsWith('/desk/');
  if (!desk && !request.headers.has('next-action')) return false;
  return request.headers.get('origin') !== null && !sameOrigin(request.headers);
}

/** 128 random bits, base64: a nonce no page can predict. */
function freshNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function proxy(request: NextRequest) {
  if (foreignDeskPost(request)) {
    return new NextResponse(FOREIGN_ORIGIN_MESSAGE, {
      status: 403,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  const nonce = freshNonce();
  const policy = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

// The API answers JSON (and downloads), never a page with scripts: next.config.ts gives it a
// fixed policy with no inline scripts at all, and the proxy's per-request work is left out of
// every API call.
export const config = {
  matcher: [{ source: '/((?!_next/static|_next/image|api/).*)' }],
};
