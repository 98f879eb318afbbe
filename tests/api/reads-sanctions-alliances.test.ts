import { afterAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/db';
import { errorText, ok, testServer, type Loose } from '../helpers/graphql';

const { db } = freshDatabase();
const api = testServer(db);
afterAll(() => api.stop());

const keys = (list: { key: string }[]) => list.map((x) => x.key);

describe('Query.sanctionRegimes', () => {
  const REGIME = `
    key since imposer { key } target { key }
    packageCount { value bound unit text }
    designatedIndividuals { value bound unit text }
    designatedEntities { value bound }
    figures { metric headline quantity { value bound } evidence { source { key } via { key } } }
    packages { key date ordinal designatedIndividuals designatedEntities }
    responses { key imposer { key } target { key } }
    counted { individuals entities designations }
  `;

  it("gives Japan's regime on Russia with bounded figures, as the seed article states them", async () => {
    const { sanctionRegimes } = ok(
      await api.query(`{ sanctionRegimes(filter: { imposer: "japan", target: "russia" }) { ${REGIME} } }`),
    );
    expect(sanctionRegimes).toHaveLength(1);
    const [regime] = sanctionRegimes;
    expect(regime).toMatchObject({ key: 'japan-on-russia', since: '2022-02-23' });
    expect(regime.packageCount).toEqual({
      value: 25,
      bound: 'MORE_THAN',
      unit: 'sanctions packages',
      text: 'over 25',
    });
    expect(regime.designatedIndividuals).toEqual({
      value: 1000,
      bound: 'MORE_THAN',
      unit: 'individuals',
      text: 'more than 1,000',
    });
    expect(regime.designatedEntities).toEqual({ value: 300, bound: 'MORE_THAN' });
    expect(regime.counted).toEqual({ individuals: 0, entities: 0, designations: 0 });
  });

  it('keeps both claims where sources disagree: 300 entities (RIA Novosti) and 800 (Izvestia)', async () => {
    const { sanctionRegimes } = ok(
      await api.query(`{ sanctionRegimes(filter: { imposer: "japan" }) { ${REGIME} } }`),
    );
    const entities = sanctionRegimes[0].figures.filter((f: Loose) => f.metric === 'ENTITIES');
    expect(entities.map((f: Loose) => [f.quantity.value, f.headline, f.evidence.source.key])).toEqual(
      expect.arrayContaining([
        [300, true, 'almayadeen-2025-russia-japan-rift'],
        [800, false, 'izvestia-1834812'],
      ]),
    );
  });

  it('lists packages oldest first and the counter-measures in responses', async () => {
    const { sanctionRegimes } = ok(
      await api.query(`{ sanctionRegimes(filter: { target: "russia" }) { ${REGIME} } }`),
    );
    const { packages, responses } = sanctionRegimes[0];
    expect(packages).toHaveLength(15);
    const dates = packages.map((p: Loose) => p.date);
    expect(dates).toEqual([...dates].sort());
    expect(packages[0]).toMatchObject({ key: 'japan-on-russia-2022-02-23', date: '2022-02-23' });
    expect(packages.find((p: Loose) => p.ordinal === 25)).toMatchObject({
      date: '2025-01-10',
      designatedIndividuals: 11,
      designatedEntities: 29,
    });
    expect(responses).toEqual([
      { key: 'russia-on-japan', imposer: { key: 'russia' }, target: { key: 'japan' } },
    ]);
  });

  it('filters by target and answers an empty list for an unknown actor', async () => {
    const { onJapan, none } = ok(
      await api.query(`{
        onJapan: sanctionRegimes(filter: { target: "japan" }) { key packages { date } }
        none: sanctionRegimes(filter: { imposer: "atlantis" }) { key }
      }`),
    );
    expect(keys(onJapan)).toEqual(['russia-on-japan']);
    expect(onJapan[0].packages.map((p: Loose) => p.date)).toContain('2022-07');
    expect(none).toEqual([]);
  });
});

describe('Query.alliance, alliances and offices', () => {
  it('gives the NATO-Japan ITPP, since 2023-07-12, with its areas and Japan as partner', async () => {
    const { alliance } = ok(
      await api.query(`{
        alliance(key: "itpp") {
          key name acronym kind since until areas lead { key }
          members { actor { key } role status since }
          evidence { source { key } }
        }
      }`),
    );
    expect(alliance).toMatchObject({
      key: 'itpp',
      acronym: 'ITPP',
      kind: 'PARTNERSHIP_PROGRAMME',
      since: '2023-07-12',
      until: '2026',
      lead: { key: 'nato' },
      members: [{ actor: { key: 'japan' }, role: 'PARTNER', status: 'ACTIVE', since: '2023-07-12' }],
    });
    expect(alliance.areas).toEqual(expect.arrayContaining(['cyber', 'space']));
    // Those two come from the 9 Apr 2025 joint statement, not from the programme.
    expect(alliance.areas).not.toContain('defence industry');
    expect(alliance.areas).not.toContain('dual-use technologies');
    expect(alliance.evidence.length).toBeGreaterThanOrEqual(1);
  });

  it('filters alliances by kind', async () => {
    const { all, initiatives, strategies } = ok(
      await api.query(`{
        all: alliances { key }
        initiatives: alliances(kind: INITIATIVE) { key members { actor { key } status } }
        strategies: alliances(kind: STRATEGY) { key lead { key } }
      }`),
    );
    expect(keys(all).sort()).toEqual(['foip', 'itpp', 'nato', 'nsatu']);
    expect(initiatives).toEqual([
      { key: 'nsatu', members: [{ actor: { key: 'japan' }, status: 'INTENDED' }] },
    ]);
    expect(strategies).toEqual([{ key: 'foip', lead: { key: 'japan' } }]);
  });

  it('gives the proposed NATO office in Tokyo for offices(status: PROPOSED)', async () => {
    const { proposed, open } = ok(
      await api.query(`{
        proposed: offices(status: PROPOSED) { key name city status openedOn owner { key } host { key } }
        open: offices(status: OPEN) { key openedOn }
      }`),
    );
    expect(proposed).toEqual([
      {
        key: 'nato-office-tokyo',
        name: 'NATO liaison office in Tokyo',
        city: 'Tokyo',
        status: 'PROPOSED',
        openedOn: null,
        owner: { key: 'nato' },
        host: { key: 'japan' },
      },
    ]);
    expect(open).toEqual([{ key: 'japan-mission-to-nato', openedOn: '2025-01' }]);
  });
});

describe('Query.events and Query.relation', () => {
  it('lists events newest first and filters them', async () => {
    const { all, visits } = ok(
      await api.query(`{
        all: events(first: 100) { totalCount nodes { key date } }
        visits: events(filter: { actors: ["japan"], kinds: [VISIT], from: "2025" }) {
          nodes { key date endDate location intensity actors { key } }
        }
      }`),
    );
    expect(all.totalCount).toBe(15);
    expect(all.nodes[0]).toEqual({ key: 'japan-nsatu-officers-announced', date: '2026-05-29' });
    expect(all.nodes.at(-1)).toEqual({ key: 'atomic-bombings-1945', date: '1945-08' });
    expect(visits.nodes).toEqual([
      {
        key: 'rutte-visit-japan',
        date: '2025-04-08',
        endDate: '2025-04-09',
        location: 'Tokyo and Yokosuka',
        intensity: 1.9,
        actors: [{ key: 'mark-rutte' }, { key: 'nato' }, { key: 'japan' }],
      },
    ]);
  });

  it('gives the russia/japan relation with its records, counting Nozdrev for Russia', async () => {
    const { relation } = ok(
      await api.query(`{
        relation(a: "russia", b: "japan", asOf: "2025-11-11") {
          a { key } b { key } asOf recordCount
          statements(first: 100) { totalCount nodes { speaker { key } } }
          events { nodes { key } }
          sanctions { key }
          alignments { key }
        }
      }`),
    );
    expect(relation).toMatchObject({
      a: { key: 'russia' },
      b: { key: 'japan' },
      asOf: '2025-11-11',
      recordCount: 34,
    });
    expect(relation.statements.totalCount).toBe(12);
    expect(new Set(relation.statements.nodes.map((s: Loose) => s.speaker.key))).toEqual(
      new Set(['nikolay-nozdrev']),
    );
    expect(keys(relation.events.nodes)).toContain('direct-flights-suspended');
    expect(keys(relation.sanctions)).toEqual(['japan-on-russia', 'russia-on-japan']);
    expect(keys(relation.alignments)).toEqual(['japan-foip', 'japan-itpp', 'japan-nsatu']);
  });

  it('answers null for an unknown side and an error naming "b" for a pair of one', async () => {
    expect(ok(await api.query('{ relation(a: "russia", b: "atlantis") { tension } }')).relation).toBeNull();
    const same = await api.query('{ relation(a: "japan", b: "japan") { tension } }');
    expect(errorText(same)).toMatch(/"b"/);
  });
});
