/**
 * Lists without `first` cost what they return: a timeline is priced by the points its period
 * and bounds give, so fifteen aliased month-by-month timelines (about 72,000 points) are refused
 * before anything is computed, while the dashboard's own timelines pass. And the caches that
 * keep computed answers stay bounded in entries and in bytes, however long the keys.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLru } from '../../data/lru';
import { MAX_COST } from '../../graphql/limits';
import { freshDatabase } from '../helpers/db';
import type { Loose } from '../helpers/graphql';
import { startGraphQLServer, type GraphQLHttpServer } from '../helpers/http-server';
import { expectStillAnswering } from '../helpers/liveness';

let api: GraphQLHttpServer;
beforeAll(async () => {
  api = await startGraphQLServer(freshDatabase().db);
});
afterAll(() => api.close());

async function send(query: string, variables?: Record<string, unknown>) {
  const res = await api.post({ query, variables });
  return { status: res.status, body: (await res.json()) as Loose };
}

const aliased = (n: number, args: string) =>
  `{ relation(a: "russia", b: "japan") { ${Array.from(
    { length: n },
    (_, i) => `t${i}: timeline(${args}) { period tension recordCount }`,
  ).join(' ')} } }`;

describe('timeline points in the cost', () => {
  it('fifteen aliased monthly timelines over the whole range are refused, naming the cost limit', async () => {
    const { status, body } = await send(aliased(15, 'to: "2200"'));
    expect(status).toBe(400);
    expect(body.errors[0].message).toMatch(new RegExp(`Query Cost limit of ${MAX_COST} exceeded`));
    await expectStillAnswering(api.url);
  });

  it('bounds passed as variables count too', async () => {
    const query = `query($from: PartialDate, $to: PartialDate) { relation(a: "russia", b: "japan") {
      ${Array.from({ length: 15 }, (_, i) => `t${i}: timeline(from: $from, to: $to) { period tension }`).join(' ')} } }`;
    const wide = await send(query, { from: '1800', to: '2200' });
    expect(wide.status).toBe(400);
    expect(wide.body.errors[0].message).toMatch(/Query Cost limit/);
    const narrow = await send(query, { from: '2024', to: '2025' });
    expect(narrow.status).toBe(200);
    expect(narrow.body.data.relation.t0).toHaveLength(24);
    await expectStillAnswering(api.url);
  });

  it('one timeline of the whole pair, as the dashboard asks for it, passes', async () => {
    const { status, body } = await send(aliased(1, 'period: MONTH'));
    expect(status).toBe(200);
    expect(body.data.relation.t0.length).toBeGreaterThan(12);
  });
});

describe('bounded caches', () => {
  it('keep a hash of each key, so a megabyte key costs no more than a short one', () => {
    const lru = createLru<number>({ maxEntries: 1000, maxBytes: 64 * 1024, sizeOf: () => 8 });
    for (let i = 0; i < 200; i += 1) lru.get(`${i}|${'x'.repeat(1024 * 1024)}`, () => i);
    const { entries, bytes } = lru.usage();
    expect(entries).toBeLessThanOrEqual(200);
    expect(bytes).toBeLessThanOrEqual(64 * 1024);
  });

  it('evict by bytes as well as by entries, and never keep a value heavier than the budget', () => {
    const lru = createLru<string>({ maxEntries: 10, maxBytes: 10_000, sizeOf: (v) => v.length });
    for (let i = 0; i < 10; i += 1) lru.get(`k${i}`, () => 'v'.repeat(3_000));
    expect(lru.usage().entries).toBeLessThanOrEqual(3);
    expect(lru.usage().bytes).toBeLessThanOrEqual(10_000);
    let computed = 0;
    const heavy = () => ((computed += 1), 'h'.repeat(20_000));
    lru.get('heavy', heavy);
    lru.get('heavy', heavy);
    expect(computed).toBe(2);
    for (let i = 0; i < 50; i += 1) lru.get(`small${i}`, () => 's');
    expect(lru.usage().entries).toBe(10);
  });
});
