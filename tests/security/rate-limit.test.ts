/**
 * Write limits (rate-limiter-flexible, memory store): writes with a valid token on the
 * analyst's bucket, wrong tokens on one keyed on the socket's address unless
 * FAULTLINE_TRUSTED_PROXIES names the proxy the request came through. A refused write is HTTP
 * 429 with Retry-After and a GraphQL error RATE_LIMITED with retryAfter, and writes nothing.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  PEER_HEADER,
  PEER_SECRET_ENV,
  PEER_SECRET_HEADER,
  UNKNOWN_CLIENT,
  clientAddress,
  parseTrustedProxies,
} from '../../graphql/client-address';
import { addAnalyst } from '../../data/ingest/analysts';
import { sqliteAccounts } from '../../data/store/accounts';
import { FAILED_TOKEN_LIMIT } from '../../graphql/limits';
import { createFailedTokenBucket, parseRate, takeTokenAttempt } from '../../graphql/rate-limit';
import { freshDatabase } from '../helpers/db';
import { testServer, type Loose } from '../helpers/graphql';
import { startGraphQLServer, type GraphQLHttpServer } from '../helpers/http-server';
import { expectStillAnswering } from '../helpers/liveness';

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

describe('the client address', () => {
  const SECRET = 'vouching-secret';
  const saved = process.env[PEER_SECRET_ENV];
  beforeAll(() => void (process.env[PEER_SECRET_ENV] = SECRET));
  afterAll(() => {
    if (saved === undefined) delete process.env[PEER_SECRET_ENV];
    else process.env[PEER_SECRET_ENV] = saved;
  });
  const from = (peer: string | null, forwarded?: string, secret = SECRET) =>
    new Headers({
      ...(peer ? { [PEER_HEADER]: peer, [PEER_SECRET_HEADER]: secret } : {}),
      ...(forwarded ? { 'x-forwarded-for': forwarded } : {}),
    });
  const none = new Set<string>();
  const proxy = parseTrustedProxies('10.0.0.1, 10.0.0.2');

  it('is the socket peer, whatever X-Forwarded-For says, when no proxy is trusted', () => {
    expect(clientAddress(from('203.0.113.7', '198.51.100.2'), none)).toBe('203.0.113.7');
    expect(clientAddress(from('::FFFF:127.0.0.1'), none)).toBe('127.0.0.1');
  });

  it('is one shared key when no server vouched for the peer (a forged peer header included)', () => {
    expect(clientAddress(from(null, '198.51.100.2'), none)).toBe(UNKNOWN_CLIENT);
    expect(clientAddress(from('198.51.100.2', undefined, 'guessed'), none)).toBe(UNKNOWN_CLIENT);
  });

  it('believes X-Forwarded-For only through trusted proxies: the right-most untrusted entry', () => {
    expect(clientAddress(from('10.0.0.1', '198.51.100.9, 203.0.113.5'), proxy)).toBe('203.0.113.5');
    expect(clientAddress(from('10.0.0.1', '203.0.113.5, 10.0.0.2'), proxy)).toBe('203.0.113.5');
    expect(clientAddress(from('10.0.0.1', 'not-an-address'), proxy)).toBe('10.0.0.1');
    expect(clientAddress(from('10.0.0.1'), proxy)).toBe('10.0.0.1');
    expect(clientAddress(from('203.0.113.8', '198.51.100.2'), proxy)).toBe('203.0.113.8');
  });

  it('refuses a proxy list that is not addresses, naming the entry', () => {
    expect(() => parseTrustedProxies('10.0.0.1, proxy.example')).toThrow(
      /FAULTLINE_TRUSTED_PROXIES must list IP addresses.*"proxy\.example"/,
    );
  });
});

describe('over HTTP', () => {
  const TOKEN = 'rate-limit-token';
  const saved = { token: process.env.FAULTLINE_WRITE_TOKEN, proxies: process.env.FAULTLINE_TRUSTED_PROXIES };
  const { db } = freshDatabase();
  let api: GraphQLHttpServer;
  let n = 0;

  beforeAll(() => void (process.env.FAULTLINE_WRITE_TOKEN = TOKEN));
  afterEach(async () => {
    await api?.close();
    if (saved.proxies === undefined) delete process.env.FAULTLINE_TRUSTED_PROXIES;
    else process.env.FAULTLINE_TRUSTED_PROXIES = saved.proxies;
  });
  afterAll(() => {
    if (saved.token === undefined) delete process.env.FAULTLINE_WRITE_TOKEN;
    else process.env.FAULTLINE_WRITE_TOKEN = saved.token;
  });

  /** A fresh server (fresh buckets) allowing `rate` writes. */
  const serve = async (rate = '3/min') => (api = await startGraphQLServer(db, { writeRate: rate }));

  const ADD = 'mutation($i: AddSourceInput!) { addSource(input: $i) { source { key } userErrors { code } } }';
  const write = (headers: Record<string, string> = {}, token: string | null = TOKEN) => {
    const key = `rate-${(n += 1)}`;
    const auth: Record<string, string> = token === null ? {} : { authorization: `Bearer ${token}` };
    return {
      key,
      response: api.post(
        { query: ADD, variables: { i: { key, title: 'Rate test', outlet: 'Test' } } },
        { ...auth, ...headers },
      ),
    };
  };
  const stored = (key: string) => db.prepare('SELECT count(*) FROM sources WHERE key = ?').pluck().get(key);

  it('lets a client make 3 writes, refuses the 4th with 429 and Retry-After, writing nothing', async () => {
    await serve();
    for (let i = 0; i < 3; i += 1) {
      const { key, response } = write();
      const res = await response;
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ data: { addSource: { source: { key }, userErrors: [] } } });
    }
    const { key, response } = write();
    const res = await response;
    expect(res.status).toBe(429);
    const retryAfter = Number(res.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = (await res.json()) as { data?: unknown; errors: { message: string; extensions: Loose }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]!.message).toMatch(
      /^Too many writes from this client: the limit is 3\/min\. Retry after \d+ s\.$/,
    );
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter });
    expect(stored(key)).toBe(0);
    // Reads go on.
    expect((await api.post({ query: '{ stats { sources } }' })).status).toBe(200);
    await expectStillAnswering(api.url);
  });

  it('rotating X-Forwarded-For (or forging the peer header) does not lift the limit', async () => {
    await serve();
    const statuses: number[] = [];
    for (let i = 0; i < 8; i += 1) {
      const headers = { 'x-forwarded-for': `198.51.100.${i}`, [PEER_HEADER]: `192.0.2.${i}` };
      statuses.push((await write(headers).response).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429, 429, 429, 429]);
    await expectStillAnswering(api.url);
  });

  it('counts every mutation field', async () => {
    await serve();
    const two = `mutation {
      a: addSource(input: { key: "rate-two-a", title: "x", outlet: "x" }) { userErrors { code } }
      b: addSource(input: { key: "rate-two-b", title: "x", outlet: "x" }) { userErrors { code } }
    }`;
    const auth = { authorization: `Bearer ${TOKEN}` };
    expect((await api.post({ query: two }, auth)).status).toBe(200);
    expect(stored('rate-two-a')).toBe(1);
    expect((await api.post({ query: two }, auth)).status).toBe(429);
  });

  it(`meets 429 after ${FAILED_TOKEN_LIMIT} wrong tokens in a row, right token or not, without spending writes`, async () => {
    await serve('1000/min');
    const statuses: number[] = [];
    for (let i = 0; i < 60; i += 1) statuses.push((await write({}, `guess-${i}`).response).status);
    expect(statuses.slice(0, FAILED_TOKEN_LIMIT).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(FAILED_TOKEN_LIMIT).every((s) => s === 429)).toBe(true);
    // Locked out: a right guess is not told apart from a wrong one.
    const res = await write().response;
    expect(res.status).toBe(429);
    expect(((await res.json()) as Loose).errors[0].message).toMatch(/Too many refused write tokens/);
    await expectStillAnswering(api.url);
  });

  it(`judges at most ${FAILED_TOKEN_LIMIT} of a burst of wrong tokens sent at once`, async () => {
    await serve('1000/min');
    const statuses = await Promise.all(
      Array.from({ length: 60 }, (_, i) => write({}, `burst-${i}`).response.then((r) => r.status)),
    );
    expect(statuses.filter((s) => s === 200)).toHaveLength(FAILED_TOKEN_LIMIT);
    expect(statuses.filter((s) => s === 429)).toHaveLength(60 - FAILED_TOKEN_LIMIT);
    expect((await write().response).status).toBe(429);
  });

  it('a right token between wrong ones does not clear their count', async () => {
    await serve('1000/min');
    for (let i = 0; i < FAILED_TOKEN_LIMIT - 1; i += 1) await (await write({}, 'guess').response).text();
    expect((await write().response).status).toBe(200);
    // The 20th wrong token is still taken in; from then on every token meets 429.
    expect((await write({}, 'guess').response).status).toBe(200);
    expect((await write({}, 'guess').response).status).toBe(429);
    expect((await write().response).status).toBe(429);
  });

  it('anonymous mutations naming the analyst spend nothing of the analyst’s', async () => {
    // Behind a trusted proxy (this loopback), clients are told apart by X-Forwarded-For.
    process.env.FAULTLINE_TRUSTED_PROXIES = '127.0.0.1';
    await serve();
    const analyst = { 'x-forwarded-for': '203.0.113.1' };
    for (let i = 0; i < 30; i += 1) {
      const res = await write(analyst, null).response;
      expect(((await res.json()) as Loose).data.addSource.userErrors).toEqual([{ code: 'UNAUTHENTICATED' }]);
    }
    // A guesser elsewhere locks only itself out.
    for (let i = 0; i <= FAILED_TOKEN_LIMIT; i += 1)
      await (await write({ 'x-forwarded-for': '203.0.113.9' }, 'guess').response).text();
    expect((await write({ 'x-forwarded-for': '203.0.113.9' }).response).status).toBe(429);
    for (let i = 0; i < 3; i += 1) expect((await write(analyst).response).status).toBe(200);
    expect((await write(analyst).response).status).toBe(429);
    // The bucket is the analyst's: the same token from another address finds it spent, while
    // another analyst (their own token) behind the same proxy has their own.
    expect((await write({ 'x-forwarded-for': '203.0.113.2' }).response).status).toBe(429);
    const colleague = (await addAnalyst(sqliteAccounts(db), `Rate colleague ${n}`)).token;
    expect((await write({ 'x-forwarded-for': '203.0.113.2' }, colleague).response).status).toBe(200);
    await expectStillAnswering(api.url);
  });

  it('does not limit the server’s own in-process operations', async () => {
    await serve();
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

describe('a try of a token', () => {
  it('is counted before it is judged, and one refused unjudged gives its point back at once', async () => {
    const bucket = createFailedTokenBucket();
    // Forty tries in flight together, every one of them a right token.
    const attempts = await Promise.all(Array.from({ length: 40 }, () => takeTokenAttempt(bucket, 'burst')));
    expect(attempts.filter((a) => a.refused)).toHaveLength(40 - FAILED_TOKEN_LIMIT);
    await Promise.all(attempts.filter((a) => !a.refused).map((a) => a.giveBack()));
    expect((await bucket.get('burst'))?.consumedPoints ?? 0).toBe(0);
  });

  it('keeps the points of wrong tokens judged, and refuses every try past them', async () => {
    const bucket = createFailedTokenBucket();
    const attempts = await Promise.all(Array.from({ length: 40 }, () => takeTokenAttempt(bucket, 'guesses')));
    expect(attempts.filter((a) => !a.refused)).toHaveLength(FAILED_TOKEN_LIMIT);
    expect((await bucket.get('guesses'))?.consumedPoints).toBe(FAILED_TOKEN_LIMIT);
    expect((await takeTokenAttempt(bucket, 'guesses')).refused).toBe(true);
  });
});
