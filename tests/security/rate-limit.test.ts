/**
 * The per-client write rate limit: a token bucket per client address (X-Forwarded-For),
 * FAULTLINE_WRITE_RATE configurable; a refused write is HTTP 429 with Retry-After and a
 * GraphQL error RATE_LIMITED with retryAfter, and writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientKey, createRateLimiter, parseRate } from '../../graphql/rate-limit';
import { freshDatabase } from '../helpers/db';
import { testServer, type Loose } from '../helpers/graphql';
import { startGraphQLServer, type GraphQLHttpServer } from '../helpers/http-server';

describe('the rate', () => {
  it('reads "N/unit" or a bare number per minute', () => {
    expect(parseRate('30/min')).toEqual({ limit: 30, periodMs: 60_000, text: '30/min' });
    expect(parseRate(' 5 / s ')).toEqual({ limit: 5, periodMs: 1_000, text: '5/s' });
    expect(parseRate('600/hour')).toEqual({ limit: 600, periodMs: 3_600_000, text: '600/hour' });
    expect(parseRate('12')).toEqual({ limit: 12, periodMs: 60_000, text: '12/min' });
  });

  it.each(['', '0/min', '-1', 'lots', '30/fortnight', '1.5/s'])('refuses %j, naming the variable', (text) => {
    expect(() => parseRate(text)).toThrow(/FAULTLINE_WRITE_RATE must be a number of writes per period/);
  });
});

describe('the token bucket', () => {
  it('allows a burst of the whole rate, then one write per period/rate', () => {
    let now = 0;
    const limiter = createRateLimiter(parseRate('3/min'), () => now);
    expect([1, 2, 3].map(() => limiter.take('a').allowed)).toEqual([true, true, true]);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 20 });
    now += 19_000;
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    now += 1_000;
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
    // Clients do not share a bucket.
    expect(limiter.take('b').allowed).toBe(true);
    // A quiet client is back to a full bucket, never more.
    now += 10 * 60_000;
    expect(limiter.take('a', 3).allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
  });

  it('takes a request of several writes whole or not at all', () => {
    const limiter = createRateLimiter(parseRate('3/min'), () => 0);
    expect(limiter.take('a', 2).allowed).toBe(true);
    expect(limiter.take('a', 2)).toEqual({ allowed: false, retryAfterSeconds: 20 });
    expect(limiter.take('a', 1).allowed).toBe(true);
  });

  it('keys on the right-most X-Forwarded-For entry (the address the nearest proxy saw)', () => {
    const h = (v?: string) => new Headers(v === undefined ? {} : { 'x-forwarded-for': v });
    expect(clientKey(h('203.0.113.7'))).toBe('203.0.113.7');
    expect(clientKey(h('10.0.0.1, 198.51.100.2'))).toBe('198.51.100.2');
    expect(clientKey(h('::FFFF:127.0.0.1'))).toBe('::ffff:127.0.0.1');
    expect(clientKey(h())).toBe('unknown');
  });
});

describe('over HTTP', () => {
  const TOKEN = 'rate-limit-token';
  const saved = { token: process.env.FAULTLINE_WRITE_TOKEN, rate: process.env.FAULTLINE_WRITE_RATE };
  const { db } = freshDatabase();
  let api: GraphQLHttpServer;
  let n = 0;

  beforeAll(async () => {
    process.env.FAULTLINE_WRITE_TOKEN = TOKEN;
    // Through the environment, as a deployment sets it.
    process.env.FAULTLINE_WRITE_RATE = '3/min';
    api = await startGraphQLServer(db);
  });
  afterAll(async () => {
    await api.close();
    for (const [name, value] of [
      ['FAULTLINE_WRITE_TOKEN', saved.token],
      ['FAULTLINE_WRITE_RATE', saved.rate],
    ] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  const ADD = 'mutation($i: AddSourceInput!) { addSource(input: $i) { source { key } userErrors { code } } }';
  const write = (client: string | null, token = TOKEN) => {
    const key = `rate-${(n += 1)}`;
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    if (client) headers['x-forwarded-for'] = client;
    return {
      key,
      response: api.post(
        { query: ADD, variables: { i: { key, title: 'Rate test', outlet: 'Test' } } },
        headers,
      ),
    };
  };
  const stored = (key: string) => db.prepare('SELECT count(*) FROM sources WHERE key = ?').pluck().get(key);

  it('lets a client make 3 writes, refuses the 4th with 429 and Retry-After, writing nothing', async () => {
    for (let i = 0; i < 3; i += 1) {
      const { key, response } = write('203.0.113.1');
      const res = await response;
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ data: { addSource: { source: { key }, userErrors: [] } } });
    }
    const { key, response } = write('203.0.113.1');
    const res = await response;
    expect(res.status).toBe(429);
    const retryAfter = Number(res.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(20);
    const body = (await res.json()) as { data?: unknown; errors: { message: string; extensions: Loose }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]!.message).toMatch(
      /^Too many writes from this client: the limit is 3\/min\. Retry after \d+ s\.$/,
    );
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter });
    expect(stored(key)).toBe(0);
  });

  it('still answers that client’s reads', async () => {
    const res = await api.post({ query: '{ stats { sources } }' }, { 'x-forwarded-for': '203.0.113.1' });
    expect(res.status).toBe(200);
  });

  it('counts every mutation field, and each client separately', async () => {
    const two = `mutation {
      a: addSource(input: { key: "rate-two-a", title: "x", outlet: "x" }) { userErrors { code } }
      b: addSource(input: { key: "rate-two-b", title: "x", outlet: "x" }) { userErrors { code } }
    }`;
    const headers = { authorization: `Bearer ${TOKEN}`, 'x-forwarded-for': '203.0.113.2' };
    expect((await api.post({ query: two }, headers)).status).toBe(200);
    expect((await api.post({ query: two }, headers)).status).toBe(429);
    expect(stored('rate-two-a')).toBe(1);
    expect((await write('203.0.113.2').response).status).toBe(200);
    expect((await write('203.0.113.2').response).status).toBe(429);
  });

  it('counts refused tokens too, so guessing the token is slowed down', async () => {
    for (let i = 0; i < 3; i += 1) {
      const res = await write('203.0.113.3', 'guess').response;
      expect(((await res.json()) as Loose).data.addSource.userErrors).toEqual([{ code: 'UNAUTHENTICATED' }]);
    }
    expect((await write('203.0.113.3', 'guess').response).status).toBe(429);
    expect((await write('203.0.113.3').response).status).toBe(429);
  });

  it('keys a direct client (no X-Forwarded-For sent) on its socket address', async () => {
    // The test server, like `next start`, fills X-Forwarded-For in from the socket.
    for (let i = 0; i < 3; i += 1) expect((await write(null).response).status).toBe(200);
    expect((await write(null).response).status).toBe(429);
  });

  it('does not limit the server’s own in-process operations', async () => {
    const inProcess = testServer(db);
    try {
      for (let i = 0; i < 5; i += 1) {
        const key = `rate-local-${i}`;
        const answer = await inProcess.query(
          ADD,
          { i: { key, title: 'x', outlet: 'x' } },
          { authorization: `Bearer ${TOKEN}` },
        );
        expect(answer.errors).toBeUndefined();
        expect(stored(key)).toBe(1);
      }
    } finally {
      await inProcess.stop();
    }
  });
});
