/**
 * The security headers next.config.ts sends with every response: a CSP under which the
 * dashboard and the playground run with nothing from another host, nosniff, a referrer
 * policy, no framing, and no X-Powered-By. (That Next applies them, and that the pages run
 * under the CSP without violations, was checked against a production build: docs/security.md.)
 */
import { describe, expect, it } from 'vitest';
import nextConfig, { contentSecurityPolicy } from '../../next.config';

const directives = new Map(
  contentSecurityPolicy.split(';').map((d) => {
    const [name, ...sources] = d.trim().split(/\s+/);
    return [name!, sources] as const;
  }),
);

describe('security headers', () => {
  it('apply to every path, pages and API alike', async () => {
    const rules = await nextConfig.headers!();
    expect(rules).toHaveLength(1);
    expect(rules[0]!.source).toBe('/:path*');
    const headers = Object.fromEntries(rules[0]!.headers.map((h) => [h.key.toLowerCase(), h.value]));
    expect(headers).toMatchObject({
      'content-security-policy': contentSecurityPolicy,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'same-origin',
      'x-frame-options': 'DENY',
    });
  });

  it('send no X-Powered-By', () => {
    expect(nextConfig.poweredByHeader).toBe(false);
  });

  it('a CSP of this origin only: no external host in any directive', () => {
    const allowed = new Set(["'self'", "'none'", "'unsafe-inline'", 'data:', 'blob:']);
    for (const [name, sources] of directives) {
      for (const source of sources) expect(allowed.has(source), `${name} ${source}`).toBe(true);
    }
  });

  it('lets the dashboard and the playground run, and nothing frame them', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    // Next's inline bootstrap scripts; no eval outside `next dev`.
    expect(directives.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    // Monaco (GraphiQL) sets inline styles and starts workers from chunks or blob: URLs.
    expect(directives.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives.get('worker-src')).toEqual(["'self'", 'blob:']);
    // The playground and Apollo Client talk to /api/graphql only.
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    expect(directives.get('form-action')).toEqual(["'self'"]);
  });
});
