/**
 * A speaker or actor filter that finds nothing may find records once those who speak for the
 * actor are taken in (Russia speaks through its ambassador): the lists say how many, so that a
 * screen can point to that view with the API's own count.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/db';
import { ok, testServer, type Loose } from '../helpers/graphql';

const { db } = freshDatabase();
const api = testServer(db);
afterAll(() => api.stop());

const STATEMENTS = `query($f: StatementFilter) {
  statements(filter: $f, first: 1) { totalCount totalCountWithAffiliated }
}`;
const EVENTS = `query($f: EventFilter) { events(filter: $f, first: 1) { totalCount totalCountWithAffiliated } }`;

const statements = async (f: Record<string, unknown>) =>
  ok<Loose>(await api.query(STATEMENTS, { f })).statements;
const events = async (f: Record<string, unknown>) => ok<Loose>(await api.query(EVENTS, { f })).events;

describe('totalCountWithAffiliated', () => {
  it('counts Russia’s statements with its ambassador’s when Russia itself said none', async () => {
    const own = await statements({ speakers: ['russia'] });
    const wider = await statements({ speakers: ['russia'], includeAffiliated: true });
    expect(own.totalCount).toBe(0);
    expect(wider.totalCount).toBeGreaterThan(0);
    expect(own.totalCountWithAffiliated).toBe(wider.totalCount);
  });

  it('keeps the rest of the filter', async () => {
    const filter = { speakers: ['russia'], stances: ['HOSTILE'], from: '2025-05' };
    const wider = await statements({ ...filter, includeAffiliated: true });
    expect((await statements(filter)).totalCountWithAffiliated).toBe(wider.totalCount);
    expect(wider.totalCount).toBeLessThan(
      (await statements({ speakers: ['russia'], includeAffiliated: true })).totalCount,
    );
  });

  it('is null where taking affiliates in changes nothing: no speaker, or affiliates already in', async () => {
    expect((await statements({})).totalCountWithAffiliated).toBeNull();
    expect((await statements({ targets: ['japan'] })).totalCountWithAffiliated).toBeNull();
    expect(
      (await statements({ speakers: ['russia'], includeAffiliated: true })).totalCountWithAffiliated,
    ).toBeNull();
    const actor = ok<Loose>(
      await api.query('{ actor(key: "russia") { statements(first: 1) { totalCountWithAffiliated } } }'),
    ).actor;
    expect(actor.statements.totalCountWithAffiliated).toBeNull();
  });

  it('counts events with the actors’ affiliates the same way', async () => {
    for (const actors of [['russia'], ['japan'], ['nato']]) {
      const wider = await events({ actors, includeAffiliated: true });
      const own = await events({ actors });
      expect(own.totalCountWithAffiliated, actors[0]).toBe(wider.totalCount);
      expect(own.totalCountWithAffiliated).toBeGreaterThanOrEqual(own.totalCount);
    }
    expect((await events({ kinds: ['DIPLOMATIC'] })).totalCountWithAffiliated).toBeNull();
  });
});
