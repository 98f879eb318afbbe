import { afterAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/db';
import { ok, testServer, type Loose } from '../helpers/graphql';

const { db } = freshDatabase();
const api = testServer(db);
afterAll(() => api.stop());

const keys = (list: { key: string }[]) => list.map((x) => x.key);

describe('Query.actor and Query.actors', () => {
  it('answers actor(key:) with the seeded ambassador, affiliated with Russia', async () => {
    const { actor } = ok(
      await api.query(`{
        actor(key: "nikolay-nozdrev") { key kind name title affiliation { key name countryCode } }
      }`),
    );
    expect(actor).toEqual({
      key: 'nikolay-nozdrev',
      kind: 'PERSON',
      name: 'Nikolay Nozdrev',
      title: 'Ambassador Extraordinary and Plenipotentiary of the Russian Federation to Japan',
      affiliation: { key: 'russia', name: 'Russia', countryCode: 'RUS' },
    });
  });

  it('answers null for an unknown key', async () => {
    expect(ok(await api.query('{ actor(key: "atlantis") { key } }')).actor).toBeNull();
  });

  it('lists every actor, with the total', async () => {
    const { actors } = ok(await api.query('{ actors(first: 100) { totalCount nodes { key } } }'));
    expect(actors.totalCount).toBe(16);
    expect(keys(actors.nodes)).toEqual(expect.arrayContaining(['russia', 'japan', 'nato', 'ria-novosti']));
  });

  it('filters by kinds', async () => {
    const { people, media } = ok(
      await api.query(`{
        people: actors(filter: { kinds: [PERSON] }) { totalCount nodes { key } }
        media: actors(filter: { kinds: [MEDIA, ORGANIZATION] }) { nodes { key kind } }
      }`),
    );
    expect(keys(people.nodes)).toEqual(['mark-rutte', 'nikolay-nozdrev']);
    expect(media.nodes.map((a: Loose) => a.kind)).not.toContain('STATE');
    expect(keys(media.nodes)).toEqual(expect.arrayContaining(['ria-novosti', 'nato', 'iqps']));
  });

  it('matches text case-insensitively on name, aliases and key', async () => {
    const { byName, byAlias, byKey, both } = ok(
      await api.query(`{
        byName: actors(filter: { text: "JAPAN" }) { nodes { key } }
        byAlias: actors(filter: { text: "moscow" }) { nodes { key } }
        byKey: actors(filter: { text: "north-korea" }) { nodes { key } }
        both: actors(filter: { kinds: [STATE], text: "dPrK" }) { nodes { key } }
      }`),
    );
    expect(keys(byName.nodes)).toEqual(['japan']);
    expect(keys(byAlias.nodes)).toEqual(['russia']);
    expect(keys(byKey.nodes)).toEqual(['north-korea']);
    expect(keys(both.nodes)).toEqual(['north-korea']);
  });

  it("walks an actor's own connections: statements, statements about it, events, memberships", async () => {
    const { nozdrev, japan } = ok(
      await api.query(`{
        nozdrev: actor(key: "nikolay-nozdrev") { statements(first: 100) { totalCount } events { nodes { key } } }
        japan: actor(key: "japan") {
          statementsAbout(first: 100) { totalCount }
          memberships { key } sanctionsImposed { key } sanctionsReceived { key } offices { key }
        }
      }`),
    );
    expect(nozdrev.statements.totalCount).toBe(12);
    expect(keys(nozdrev.events.nodes)).toContain('nozdrev-ria-novosti-interview');
    expect(japan.statementsAbout.totalCount).toBe(12);
    expect(keys(japan.memberships)).toEqual(['japan-foip', 'japan-itpp', 'japan-nsatu']);
    expect(keys(japan.sanctionsImposed)).toEqual(['japan-on-russia']);
    expect(keys(japan.sanctionsReceived)).toEqual(['russia-on-japan']);
    expect(keys(japan.offices)).toEqual(['japan-mission-to-nato', 'nato-office-tokyo']);
  });
});

describe('Query.statements, topics and stats', () => {
  it('lists statements newest first with speaker, targets, topics and evidence', async () => {
    const { statements } = ok(
      await api.query(`{
        statements(first: 100) {
          totalCount
          nodes {
            key date stance intensity cameoCode quote verification
            speaker { key } targets { key } topics { key }
            evidence { excerpt source { key } via { key } }
          }
        }
      }`),
    );
    expect(statements.totalCount).toBe(12);
    const threat = statements.nodes.find((s: Loose) => s.key === 'nozdrev-adequate-measures');
    expect(threat).toMatchObject({
      date: '2025-05-05',
      stance: 'HOSTILE',
      intensity: -4.4,
      cameoCode: '130',
      verification: 'REPORTED',
      speaker: { key: 'nikolay-nozdrev' },
      targets: [{ key: 'japan' }],
      topics: [{ key: 'militarization' }, { key: 'indo-pacific' }],
      evidence: { source: { key: 'almayadeen-2025-russia-japan-rift' }, via: { key: 'ria-novosti' } },
    });
    expect(threat.quote).toMatch(/^Such an irresponsible line of policy/);
  });

  it('orders by intensity when asked, most conflictual first', async () => {
    const { statements } = ok(
      await api.query(
        '{ statements(first: 3, orderBy: { field: INTENSITY, direction: ASC }) { nodes { intensity } } }',
      ),
    );
    expect(statements.nodes.map((s: Loose) => s.intensity)).toEqual([-5, -4.4, -4.4]);
  });

  it('lists topics in label order, each with its statement count', async () => {
    const { topics } = ok(await api.query('{ topics { key label statementCount } }'));
    expect(topics).toHaveLength(9);
    expect(topics[0]).toEqual({
      key: 'memorials',
      label: 'Atomic-bomb memorial ceremonies',
      statementCount: 1,
    });
    const count = Object.fromEntries(topics.map((t: Loose) => [t.key, t.statementCount]));
    expect(count).toMatchObject({
      'ukraine-war': 4,
      nato: 3,
      'bilateral-relations': 3,
      sanctions: 1,
      aviation: 1,
    });
  });

  it('counts the dataset in stats', async () => {
    const { stats } = ok(
      await api.query(
        '{ stats { actors statements events sanctionPackages sanctionDesignations alliances sources } }',
      ),
    );
    expect(stats).toEqual({
      actors: 16,
      statements: 12,
      events: 15,
      sanctionPackages: 21,
      sanctionDesignations: 0,
      alliances: 4,
      sources: 64,
    });
  });
});
