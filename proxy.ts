/**
 * Runs before every request Next serves (static files aside) and gives it a fresh nonce: the
 * Content-Security-Policy allows inline scripts only with it, never 'unsafe-inline'. Next reads
 * the nonce from the request's CSP header and puts it on its own scripts; the root layout reads
 * x-nonce and hands it to Apollo's data-transport scripts. A nonce per request makes every
 * page dynamic, which they are anyway (each reads the live database).
 */
import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy } from './next.config';

/** 128 random bits, base64: a nonce no page can predict. */
function freshNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function proxy(request: NextRequest) {
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
