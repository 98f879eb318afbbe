import { afterAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/db';
import { errorText, ok, testServer } from '../helpers/graphql';

const { db } = freshDatabase();
const api = testServer(db);
afterAll(() => api.stop());

async function eventKeys(filter: Record<string, unknown>): Promise<string[]> {
  const query = 'query($f: EventFilter) { events(filter: $f, first: 100) { totalCount nodes { key } } }';
  const { events } = ok(await api.query(query, { f: filter }));
  expect(events.nodes).toHaveLength(events.totalCount);
  return events.nodes.map((e: { key: string }) => e.key).sort();
}

describe('EventFilter', () => {
  it('actors: events with any of the actors among theirs', async () => {
    expect(await eventKeys({ actors: ['ria-novosti'] })).toEqual(['nozdrev-ria-novosti-interview']);
    expect(await eventKeys({ actors: ['palestine', 'iqps'] })).toEqual([
      'japan-ukraine-satellite-imagery',
      'memorials-palestine-excluded',
    ]);
    expect(await eventKeys({ actors: ['atlantis'] })).toEqual([]);
  });

  it('includeAffiliated: an actor takes in those who act for it, one step', async () => {
    const russia = await eventKeys({ actors: ['russia'] });
    expect(russia).not.toContain('nozdrev-ria-novosti-interview');
    const widened = await eventKeys({ actors: ['russia'], includeAffiliated: true });
    // Nozdrev's interview names him and the agency, not Russia: it comes in through him.
    expect(widened).toEqual([...russia, 'nozdrev-ria-novosti-interview'].sort());
    expect(await eventKeys({ actors: ['russia'], includeAffiliated: false })).toEqual(russia);
    // The affiliate does not take in the actor it acts for.
    expect(await eventKeys({ actors: ['nikolay-nozdrev'], includeAffiliated: true })).toEqual(
      await eventKeys({ actors: ['nikolay-nozdrev'] }),
    );
    expect(await eventKeys({ includeAffiliated: true })).toEqual(await eventKeys({}));
  });

  it('kinds: events of any of the kinds', async () => {
    expect(await eventKeys({ kinds: ['SUSPENSION'] })).toEqual(['direct-flights-suspended']);
    expect(await eventKeys({ kinds: ['VISIT', 'AGREEMENT'] })).toEqual([
      'nato-japan-itpp-agreed',
      'rutte-visit-japan',
    ]);
  });

  it('from and to cover an event over every day it spans', async () => {
    // direct-flights-suspended spans 2022-02-24 .. 2022-03-08.
    expect(await eventKeys({ actors: ['russia'], kinds: ['SUSPENSION'], from: '2022-03-08' })).toEqual([
      'direct-flights-suspended',
    ]);
    expect(await eventKeys({ kinds: ['SUSPENSION'], from: '2022-03-09' })).toEqual([]);
    expect(await eventKeys({ kinds: ['SUSPENSION'], to: '2022-02-24' })).toEqual([
      'direct-flights-suspended',
    ]);
    expect(await eventKeys({ kinds: ['SUSPENSION'], to: '2022-02-23' })).toEqual([]);
    // Russia's and Belarus's exclusion runs from "2022" to "2024": inside from "2023" to "2023".
    // Palestine's is dated "2022" alone, as no source gives its years.
    expect(await eventKeys({ kinds: ['CEREMONY'], from: '2023', to: '2023' })).toEqual([
      'memorials-russia-belarus-not-invited',
    ]);
  });

  it('to: "2025-04" includes the month-dated satellite deal and excludes May', async () => {
    const keys = await eventKeys({ from: '2025-04', to: '2025-04' });
    expect(keys).toEqual([
      'hiroshima-2025-notices',
      'japan-nsatu-intent',
      'japan-ukraine-satellite-imagery',
      'rutte-visit-japan',
    ]);
    expect(await eventKeys({ from: '2025-04-30', to: '2025-04-30' })).toEqual([
      'japan-ukraine-satellite-imagery',
    ]);
  });

  it('combines every field with AND', async () => {
    expect(
      await eventKeys({ actors: ['japan'], kinds: ['DIPLOMATIC'], from: '2025', to: '2025-06' }),
    ).toEqual(['japan-mission-to-nato-opened', 'japan-nsatu-intent']);
  });

  it('refuses an invalid kind and an invalid date', async () => {
    expect(errorText(await api.query('{ events(filter: { kinds: [PARADE] }) { totalCount } }'))).toMatch(
      /PARADE/,
    );
    expect(errorText(await api.query('{ events(filter: { to: "2025-00" }) { totalCount } }'))).toMatch(
      /month 00/,
    );
  });
});

describe('ActorFilter', () => {
  const actorKeys = async (filter: Record<string, unknown>) => {
    const query = 'query($f: ActorFilter) { actors(filter: $f, first: 100) { nodes { key } } }';
    return ok(await api.query(query, { f: filter }))
      .actors.nodes.map((a: { key: string }) => a.key)
      .sort();
  };

  it('kinds and text, alone and together', async () => {
    expect(await actorKeys({ kinds: ['MEDIA'] })).toEqual(['ria-novosti', 'tass']);
    expect(await actorKeys({ kinds: ['ORGANIZATION'] })).toEqual([
      'hiroshima-city',
      'iqps',
      'nagasaki-city',
      'nato',
    ]);
    expect(await actorKeys({ text: 'hiroshima' })).toEqual(['hiroshima-city']);
    expect(await actorKeys({ text: 'north atlantic' })).toEqual(['nato']);
    expect(await actorKeys({ text: 'RUSSIAN FEDERATION' })).toEqual(['russia']);
    expect(await actorKeys({ kinds: ['PERSON'], text: 'rutte' })).toEqual(['mark-rutte']);
    expect(await actorKeys({ kinds: ['STATE'], text: 'rutte' })).toEqual([]);
  });

  it('treats text as a plain substring, not a pattern', async () => {
    expect(await actorKeys({ text: '%' })).toEqual([]);
    expect(await actorKeys({ text: '_' })).toEqual([]);
    expect(await actorKeys({ text: "People's" })).toEqual(['china']);
  });
});

describe('SanctionFilter', () => {
  const regimeKeys = async (filter: Record<string, unknown> | null) => {
    const query = 'query($f: SanctionFilter) { sanctionRegimes(filter: $f) { key } }';
    return ok(await api.query(query, { f: filter })).sanctionRegimes.map((r: { key: string }) => r.key);
  };

  it('imposer, target, both, and neither', async () => {
    expect(await regimeKeys(null)).toEqual(['japan-on-russia', 'russia-on-japan']);
    expect(await regimeKeys({ imposer: 'russia' })).toEqual(['russia-on-japan']);
    expect(await regimeKeys({ target: 'russia' })).toEqual(['japan-on-russia']);
    expect(await regimeKeys({ imposer: 'japan', target: 'russia' })).toEqual(['japan-on-russia']);
    expect(await regimeKeys({ imposer: 'japan', target: 'japan' })).toEqual([]);
    expect(await regimeKeys({ imposer: 'nobody' })).toEqual([]);
  });
});
