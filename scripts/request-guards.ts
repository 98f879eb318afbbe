/**
 * Answers the server gives before Next sees a request: client mistakes that Next's router would
 * otherwise fail on as a bare 500, without the security headers.
 */
import { contentSecurityPolicy, securityHeaders } from '../next.config';
import { FORM_BODY_LIMIT_BYTES, FORM_NOT_SENT } from '../app/desk/form-size';

export interface EarlyAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * `/actors/%ff`: a "%" that does not start valid UTF-8 in the path. A 400 naming the mistake,
 * with the security headers every answer carries; null for an address that decodes.
 */
export function malformedAddressAnswer(url: string): EarlyAnswer | null {
  try {
    decodeURIComponent(url.split('?')[0]!);
    return null;
  } catch {
    const message = 'The address has malformed percent-encoding: a "%" that does not start valid UTF-8.';
    return {
      status: 400,
      headers: {
        ...Object.fromEntries(securityHeaders.map(({ key, value }) => [key, value])),
        'Content-Security-Policy': contentSecurityPolicy(null),
        'content-type': 'application/json; charset=utf-8',
      },
      body: JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] }),
    };
  }
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/**
 * A form post to a page whose body says it is over the desk's limit: a 413 with a plain page
 * saying so, before Next reads the body (it would refuse it as a bare 500). The API keeps its
 * own limit and answer (graphql/limits.ts); a post without Content-Length is left to Next.
 */
export function oversizeFormAnswer(
  method: string | undefined,
  url: string,
  contentLength: string | undefined,
): EarlyAnswer | null {
  if (method !== 'POST' || url.startsWith('/api/')) return null;
  const bytes = Number(contentLength);
  if (!Number.isFinite(bytes) || bytes <= FORM_BODY_LIMIT_BYTES) return null;
  return {
    status: 413,
    headers: {
      ...Object.fromEntries(securityHeaders.map(({ key, value }) => [key, value])),
      'Content-Security-Policy': contentSecurityPolicy(null),
      'content-type': 'text/html; charset=utf-8',
      connection: 'close',
    },
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Form too large</title></head><body><main><h1>Form too large</h1><p>${escapeHtml(FORM_NOT_SENT)}</p><p>Go back to the form with your browser's Back button: what you typed is still there.</p><p><a href="/desk">The desk</a></p></main></body></html>`,
  };
}
