/**
 * Answers the server gives before Next sees a request: client mistakes that Next's router would
 * otherwise fail on as a bare 500, without the security headers.
 */
import { contentSecurityPolicy, securityHeaders } from '../next.config';

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
