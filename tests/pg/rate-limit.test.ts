/**
 * The write limits on the PostgreSQL store: their buckets live in the database, so two app
 * servers (here two pools on one schema) draw from the same ones. Writes spread over both meet
 * one limit; refused tokens counted on one lock the client out of both; another analyst, another
 * address or the other kind of bucket keeps its own count; a window's end frees the bucket on
 * every server. Over HTTP, the writes plugin answers 429 with Retry-After from a shared bucket.
 */
import type pg from 'pg';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAnalyst } from '../../data/ingest/analysts';
import { sqliteAccounts } from '../../data/store/accounts';
import { FAILED_TOKEN_LIMIT, FAILED_TOKEN_WINDOW_SECONDS } from '../../graphql/limits';
import {
  createSharedWriteLimits,
  parseRate,
  sharedFailedTokens,
  type Bucket,
  type WriteLimits,
} from '../../graphql/rate-limit';
import { freshDatabase } from '../helpers/db';
import type { Loose } from '../helpers/graphql';
import { startGraphQLServer, type GraphQLHttpServer } from '../helpers/http-server';
import { migratedSchema } from './migrated-schema';

const schema = migratedSchema();
/** Two app servers' pools on one database. */
let pools: pg.Pool[];
beforeAll(() => {
  pools = [schema.pool, schema.anotherPool()];
});

/** Each server's limits at `rate`. */
const limitsOfEachServer = (rate: string): WriteLimits[] =>
  pools.map((pool) => createSharedWriteLimits(pool, parseRate(rate)));

/** Spends `points` of `key`: null when allowed, the refusal when refused. */
async function spend(bucket: Bucket, key: string, points = 1): Promise<RateLimiterRes | null> {
  try {
    await bucket.consume(key, points);
    return null;
  } catch (refusal) {
    if (refusal instanceof RateLimiterRes) return refusal;
    throw refusal;
  }
}

const expectRefusalWithin = (refusal: RateLimiterRes | null, windowMs: number) => {
  expect(refusal).toBeInstanceOf(RateLimiterRes);
  expect(refusal!.msBeforeNext).toBeGreaterThan(0);
  expect(refusal!.msBeforeNext).toBeLessThanOrEqual(windowMs);
};

describe('shared write buckets', () => {
  it('let 30 of 40 writes alternating between two servers through, at 30/min', async () => {
    const servers = limitsOfEachServer('30/min');
    const outcomes: (RateLimiterRes | null)[] = [];
    for (let i = 0; i < 40; i += 1) outcomes.push(await spend(servers[i % 2]!.writes, 'analyst:alternating'));
    expect(outcomes.slice(0, 30)).toEqual(Array(30).fill(null));
    // The 31st is refused on the first server, the 32nd on the second, and so on.
    for (const refusal of outcomes.slice(30)) expectRefusalWithin(refusal, 60_000);
    for (const server of servers) {
      expect((await server.writes.get('analyst:alternating'))?.consumedPoints).toBe(40);
    }
  });

  it('let exactly 30 of 40 writes sent at once to two servers through', async () => {
    const servers = limitsOfEachServer('30/min');
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, (_, i) => spend(servers[i % 2]!.writes, 'analyst:at-once')),
    );
    expect(outcomes.filter((o) => o === null)).toHaveLength(30);
    for (const refusal of outcomes.filter((o) => o !== null)) expectRefusalWithin(refusal, 60_000);
  });

  it('keep each analyst’s count apart, and apart from refused tokens', async () => {
    const [first, second] = limitsOfEachServer('30/min');
    expect(await spend(first!.writes, 'analyst:spent', 30)).toBeNull();
    expectRefusalWithin(await spend(second!.writes, 'analyst:spent'), 60_000);
    expect(await spend(second!.writes, 'analyst:colleague')).toBeNull();
    expect(await second!.failedTokens.get('analyst:spent')).toBeNull();
  });

  it('free a bucket on every server once its window has passed', async () => {
    const [first, second] = limitsOfEachServer('2/s');
    expect(await spend(first!.writes, 'analyst:quick')).toBeNull();
    expect(await spend(second!.writes, 'analyst:quick')).toBeNull();
    expectRefusalWithin(await spend(first!.writes, 'analyst:quick'), 1_000);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await spend(second!.writes, 'analyst:quick')).toBeNull();
    expect((await first!.writes.get('analyst:quick'))?.consumedPoints).toBe(1);
  });
});

describe('the shared bucket of refused tokens', () => {
  it('counts wrong tokens from one address on every server, the API’s and the sign-in’s alike', async () => {
    const [api, signIn] = pools.map((pool) => sharedFailedTokens(pool));
    const address = '203.0.113.5';
    for (let i = 0; i < FAILED_TOKEN_LIMIT; i += 1) await [api, signIn][i % 2]!.penalty(address);
    const secondServer = limitsOfEachServer('30/min')[1]!;
    for (const bucket of [api!, signIn!, secondServer.failedTokens]) {
      const count = await bucket.get(address);
      expect(count?.consumedPoints).toBe(FAILED_TOKEN_LIMIT);
      expect(count?.msBeforeNext).toBeGreaterThan(0);
      expect(count?.msBeforeNext).toBeLessThanOrEqual(FAILED_TOKEN_WINDOW_SECONDS * 1000);
    }
    expect(await api!.get('203.0.113.6')).toBeNull();
  });
});

describe('two servers over HTTP', () => {
  const { db } = freshDatabase();
  const servers: GraphQLHttpServer[] = [];
  let token: string;
  let n = 0;

  beforeAll(async () => {
    token = (await addAnalyst(sqliteAccounts(db), 'Shared Limit Analyst')).token;
    for (const limits of limitsOfEachServer('3/min')) {
      servers.push(await startGraphQLServer(db, { writeLimits: limits }));
    }
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()));
  });

  const ADD = 'mutation($i: AddSourceInput!) { addSource(input: $i) { source { key } } }';
  const write = (server: GraphQLHttpServer, bearer: string, headers: Record<string, string> = {}) =>
    server.post(
      { query: ADD, variables: { i: { key: `shared-${(n += 1)}`, title: 'Shared limit', outlet: 'Test' } } },
      { authorization: `Bearer ${bearer}`, ...headers },
    );

  it('refuse the analyst’s 4th write with 429 and Retry-After, on whichever server it reaches', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await write(servers[i % 2]!, token)).status);
    expect(statuses).toEqual([200, 200, 200]);
    for (const server of servers) {
      const res = await write(server, token);
      expect(res.status).toBe(429);
      const retryAfter = Number(res.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      const body = (await res.json()) as { errors: { message: string; extensions: Loose }[] };
      expect(body.errors[0]!.message).toMatch(/^Too many writes from this client: the limit is 3\/min\./);
      expect(body.errors[0]!.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter });
    }
  });

  it(`judge at most ${FAILED_TOKEN_LIMIT} of a burst of wrong tokens sent to both at once`, async () => {
    const saved = process.env.FAULTLINE_TRUSTED_PROXIES;
    process.env.FAULTLINE_TRUSTED_PROXIES = '127.0.0.1';
    try {
      const client = { 'x-forwarded-for': '198.51.100.9' };
      const statuses = await Promise.all(
        Array.from({ length: 60 }, (_, i) =>
          write(servers[i % 2]!, `burst-${i}`, client).then((r) => r.status),
        ),
      );
      expect(statuses.filter((s) => s === 200)).toHaveLength(FAILED_TOKEN_LIMIT);
      expect(statuses.filter((s) => s === 429)).toHaveLength(60 - FAILED_TOKEN_LIMIT);
    } finally {
      if (saved === undefined) delete process.env.FAULTLINE_TRUSTED_PROXIES;
      else process.env.FAULTLINE_TRUSTED_PROXIES = saved;
    }
  });

  it(`lock a client out of both after ${FAILED_TOKEN_LIMIT} wrong tokens spread over them`, async () => {
    const saved = process.env.FAULTLINE_TRUSTED_PROXIES;
    // Behind a trusted proxy (this loopback), so this client is not the previous test's.
    process.env.FAULTLINE_TRUSTED_PROXIES = '127.0.0.1';
    try {
      const client = { 'x-forwarded-for': '198.51.100.7' };
      for (let i = 0; i < FAILED_TOKEN_LIMIT; i += 1) {
        expect((await write(servers[i % 2]!, `guess-${i}`, client)).status).toBe(200);
      }
      for (const server of servers) {
        const res = await write(server, token, client);
        expect(res.status).toBe(429);
        expect(((await res.json()) as Loose).errors[0].message).toMatch(/Too many refused write tokens/);
      }
    } finally {
      if (saved === undefined) delete process.env.FAULTLINE_TRUSTED_PROXIES;
      else process.env.FAULTLINE_TRUSTED_PROXIES = saved;
    }
  });
});
