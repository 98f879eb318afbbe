/**
 * The security headers: next.config.ts sends nosniff, a referrer policy, no framing and no
 * X-Powered-By with every response; proxy.ts sends the Content-Security-Policy with a fresh
 * nonce per request, under which the dashboard and the playground run with nothing from
 * another host and no inline script runs without the nonce. The early answer for a malformed
 * address carries them all too.
 */
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import nextConfig, { contentSecurityPolicy } from '../../next.config';
import { config as proxyConfig, proxy } from '../../proxy';
import { malformedAddressAnswer } from '../../scripts/request-guards';

const directivesOf = (policy: string) =>
  new Map(
    policy.split(';').map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name!, sources] as const;
    }),
  );

describe('security headers', () => {
  it('apply to every path, pages and API alike', async () => {
    const rules = await nextConfig.headers!();
    expect(rules[0]!.source).toBe('/:path*');
    const headers = Object.fromEntries(rules[0]!.headers.map((h) => [h.key.toLowerCase(), h.value]));
    expect(headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'same-origin',
      'x-frame-options': 'DENY',
    });
    // One policy only, the proxy's: a second one without the nonce would block Next's scripts.
    expect(headers['content-security-policy']).toBeUndefined();
  });

  it('give the API, which proxy.ts leaves out, a policy that allows no inline script', async () => {
    const rules = await nextConfig.headers!();
    const api = rules.filter((r) => r.source === '/api/:path*');
    expect(api).toHaveLength(1);
    expect(api[0]!.headers).toEqual([{ key: 'Content-Security-Policy', value: contentSecurityPolicy(null) }]);
    expect(directivesOf(contentSecurityPolicy(null)).get('script-src')).toEqual(["'self'"]);
    // The proxy's matcher: every page, never the API or Next's static files.
    const [matcher] = proxyConfig.matcher;
    const matches = (path: string) => new RegExp(`^${matcher!.source}$`).test(path);
    expect(matches('/relations/russia/japan')).toBe(true);
    expect(matches('/playground')).toBe(true);
    expect(matches('/api/graphql')).toBe(false);
    expect(matches('/api/export/statements')).toBe(false);
    expect(matches('/_next/static/chunks/app.js')).toBe(false);
  });

  it('send no X-Powered-By', () => {
    expect(nextConfig.poweredByHeader).toBe(false);
  });

  it('a CSP of this origin only: no external host in any directive', () => {
    const allowed = /^('self'|'none'|'unsafe-inline'|data:|blob:|'nonce-[A-Za-z0-9+/=]+')$/;
    for (const [name, sources] of directivesOf(contentSecurityPolicy('abc='))) {
      for (const source of sources) expect(source, `${name} ${source}`).toMatch(allowed);
    }
  });

  it('lets the dashboard and the playground run, and nothing frame them', () => {
    const directives = directivesOf(contentSecurityPolicy('abc='));
    expect(directives.get('default-src')).toEqual(["'self'"]);
    // Inline scripts only with the request's nonce; no eval outside `next dev`.
    expect(directives.get('script-src')).toEqual(["'self'", "'nonce-abc='"]);
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

describe('the CSP nonce', () => {
  const nonceOf = (policy: string | null) => /'nonce-([^']+)'/.exec(policy ?? '')?.[1];

  it('is fresh for every request, on the response and on the request Next renders', () => {
    const first = proxy(new NextRequest('http://localhost/relations/russia/japan'));
    const second = proxy(new NextRequest('http://localhost/relations/russia/japan'));
    const a = nonceOf(first.headers.get('content-security-policy'));
    const b = nonceOf(second.headers.get('content-security-policy'));
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(b).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(a).not.toBe(b);
    // Next passes the rewritten request headers on as x-middleware-request-*.
    expect(first.headers.get('x-middleware-request-x-nonce')).toBe(a);
    expect(nonceOf(first.headers.get('x-middleware-request-content-security-policy'))).toBe(a);
    expect(directivesOf(first.headers.get('content-security-policy')!).get('script-src')).not.toContain(
      "'unsafe-inline'",
    );
  });
});

describe('a malformed address (/actors/%ff)', () => {
  it('is a 400 BAD_REQUEST with every security header, before Next sees it', () => {
    const answer = malformedAddressAnswer('/actors/%ff')!;
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toEqual({
      errors: [
        { message: expect.stringMatching(/malformed percent-encoding/), extensions: { code: 'BAD_REQUEST' } },
      ],
    });
    expect(answer.headers).toMatchObject({
      'Content-Security-Policy': contentSecurityPolicy(null),
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'same-origin',
    });
    expect(malformedAddressAnswer('/actors/%E6%97%A5?x=%ff')).toBeNull();
    expect(malformedAddressAnswer('/actors/japan')).toBeNull();
  });
});
