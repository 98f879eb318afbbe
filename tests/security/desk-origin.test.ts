/**
 * Posts to the desk from another site: proxy.ts answers 403 with a plain message before Next's
 * Server Actions see them, and the desk's own check (sameOrigin) compares the Origin with the
 * Host header, believing X-Forwarded-Host and X-Forwarded-Proto only from a trusted proxy.
 */
import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it } from 'vitest';
import { PEER_HEADER, PEER_SECRET_ENV, PEER_SECRET_HEADER } from '../../graphql/client-address';
import { overHttps, parseAllowedOrigins, requestHost, sameOrigin } from '../../graphql/request-origin';
import { FOREIGN_ORIGIN_MESSAGE, proxy } from '../../proxy';

const SECRET = 'desk-origin-peer-secret';
const saved = { ...process.env };
afterEach(() => {
  for (const name of [PEER_SECRET_ENV, 'FAULTLINE_TRUSTED_PROXIES', 'FAULTLINE_ALLOWED_ORIGINS']) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

const headers = (entries: Record<string, string>) => new Headers(entries);
/** Headers as the app's own server stamps them for a request whose socket peer is `address`. */
const viaPeer = (address: string, entries: Record<string, string>) =>
  headers({ [PEER_HEADER]: address, [PEER_SECRET_HEADER]: SECRET, ...entries });

function post(path: string, entries: Record<string, string>) {
  return proxy(new NextRequest(`http://127.0.0.1:3000${path}`, { method: 'POST', headers: entries }));
}

describe('proxy.ts and POSTs to the desk', () => {
  it('answers 403 with a plain message when the Origin is another site', async () => {
    for (const path of ['/desk', '/desk/statement', '/desk/intake']) {
      const response = post(path, { origin: 'https://evil.example', host: '127.0.0.1:3000' });
      expect(response.status).toBe(403);
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(await response.text()).toBe(FOREIGN_ORIGIN_MESSAGE);
    }
    expect(FOREIGN_ORIGIN_MESSAGE).toBe('This form can only be sent from Faultline’s own pages.');
    expect(post('/desk', { origin: 'null', host: '127.0.0.1:3000' }).status).toBe(403);
  });

  it('lets through the app’s own Origin, a POST without one, and POSTs elsewhere', () => {
    const own = post('/desk', { origin: 'http://127.0.0.1:3000', host: '127.0.0.1:3000' });
    expect(own.status).toBe(200);
    expect(own.headers.get('x-middleware-next')).toBe('1');
    expect(post('/desk', { host: '127.0.0.1:3000' }).status).toBe(200);
    expect(post('/statements', { origin: 'https://evil.example', host: '127.0.0.1:3000' }).status).toBe(200);
    expect(post('/desktop', { origin: 'https://evil.example', host: '127.0.0.1:3000' }).status).toBe(200);
  });

  it('does not believe a client’s X-Forwarded-Host', () => {
    const forged = post('/desk', {
      origin: 'https://evil.example',
      host: '127.0.0.1:3000',
      'x-forwarded-host': 'evil.example',
    });
    expect(forged.status).toBe(403);
  });
});

describe('sameOrigin', () => {
  it('compares the Origin with the Host header', () => {
    expect(sameOrigin(headers({ origin: 'http://127.0.0.1:3000', host: '127.0.0.1:3000' }))).toBe(true);
    expect(sameOrigin(headers({ origin: 'http://LOCALHOST:3000', host: 'localhost:3000' }))).toBe(true);
    expect(sameOrigin(headers({ origin: 'https://evil.example', host: '127.0.0.1:3000' }))).toBe(false);
    expect(sameOrigin(headers({ origin: 'http://127.0.0.1:3001', host: '127.0.0.1:3000' }))).toBe(false);
    expect(sameOrigin(headers({ host: '127.0.0.1:3000' }))).toBe(false);
    expect(sameOrigin(headers({ origin: 'null', host: '127.0.0.1:3000' }))).toBe(false);
  });

  it('ignores X-Forwarded-Host and X-Forwarded-Proto from anyone but a trusted proxy', () => {
    const forged = {
      origin: 'https://evil.example',
      host: '127.0.0.1:3000',
      'x-forwarded-host': 'evil.example',
    };
    expect(sameOrigin(headers(forged))).toBe(false);
    expect(requestHost(headers(forged))).toBe('127.0.0.1:3000');
    expect(overHttps(headers({ 'x-forwarded-proto': 'https', origin: 'http://127.0.0.1:3000' }))).toBe(false);

    process.env[PEER_SECRET_ENV] = SECRET;
    const proxies = new Set(['10.0.0.5']);
    // From a client that is not the trusted proxy, even with the app's server vouching for its address.
    expect(sameOrigin(viaPeer('203.0.113.7', forged), proxies, new Set())).toBe(false);
    // From the trusted proxy: the host the browser asked it for.
    const proxied = viaPeer('10.0.0.5', {
      origin: 'https://desk.example.org',
      host: '127.0.0.1:3000',
      'x-forwarded-host': 'desk.example.org',
      'x-forwarded-proto': 'https',
    });
    expect(sameOrigin(proxied, proxies, new Set())).toBe(true);
    expect(overHttps(proxied, proxies)).toBe(true);
    expect(sameOrigin(viaPeer('10.0.0.5', forged), proxies, new Set())).toBe(true); // the proxy's word is taken
    // A peer header without the server's secret is a client's own.
    expect(
      sameOrigin(
        headers({ ...forged, [PEER_HEADER]: '10.0.0.5', [PEER_SECRET_HEADER]: 'guess' }),
        proxies,
        new Set(),
      ),
    ).toBe(false);
  });

  it('accepts the origins FAULTLINE_ALLOWED_ORIGINS lists', () => {
    process.env.FAULTLINE_ALLOWED_ORIGINS = 'https://desk.example.org, http://localhost:8080';
    const from = (origin: string) => headers({ origin, host: '127.0.0.1:3000' });
    expect(sameOrigin(from('https://desk.example.org'))).toBe(true);
    expect(sameOrigin(from('http://localhost:8080'))).toBe(true);
    expect(sameOrigin(from('http://desk.example.org'))).toBe(false);
    expect(sameOrigin(from('https://evil.example'))).toBe(false);
  });

  it('refuses an allowed-origins list that is not origins, naming the entry', () => {
    expect(() => parseAllowedOrigins('https://ok.example, https://bad.example/path')).toThrow(
      /FAULTLINE_ALLOWED_ORIGINS .*"https:\/\/bad\.example\/path"/,
    );
    expect(() => parseAllowedOrigins('desk.example.org')).toThrow(/"desk\.example\.org" is not one/);
    expect([...parseAllowedOrigins('https://Desk.Example.org/')]).toEqual(['https://desk.example.org']);
  });

  it('makes the cookie Secure when the page was reached over https', () => {
    expect(overHttps(headers({ origin: 'https://desk.example' }))).toBe(true);
    expect(overHttps(headers({ origin: 'http://127.0.0.1:3000' }))).toBe(false);
  });
});
