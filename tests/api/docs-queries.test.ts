/**
 * Every example in docs/queries runs against the seeded database and answers its question
 * with the dataset's real values.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/db';
import { ok, testServer, type Loose } from '../helpers/graphql';

const DIR = path.join(process.cwd(), 'docs', 'queries');
const read = (name: string) => fs.readFileSync(path.join(DIR, name), 'utf8');

const { db } = freshDatabase();
const api = testServer(db);
afterAll(() => api.stop());

const run = async (name: string, variables?: Record<string, unknown>) =>
  ok(await api.query(read(name), variables));

describe('docs/queries', () => {
  const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.graphql'));

  it('holds the six documented examples', () => {
    expect(files.sort()).toEqual([
      'japan-sanctions-packages.graphql',
      'nozdrev-on-japan.graphql',
      'partnerships.graphql',
      'russia-japan-relation.graphql',
      'seed-article-citations.graphql',
      'statements-walk.graphql',
    ]);
  });

  it.each(files)('%s opens with a comment saying what it answers and names its one operation', (file) => {
    const text = read(file);
    expect(text).toMatch(/^# \S.{20,}/);
    const operations = parse(text).definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    expect(operations).toHaveLength(1);
    expect(operations[0]!.name?.value).toMatch(/^[A-Z][A-Za-z]+$/);
  });

  it('nozdrev-on-japan: what Nozdrev said about Japan, with quote, source and via', async () => {
    const { actor, statements } = await run('nozdrev-on-japan.graphql');
    expect(actor).toMatchObject({ name: 'Nikolay Nozdrev', affiliation: { name: 'Russia' } });
    expect(statements.totalCount).toBe(12);
    const [first] = statements.nodes;
    // His demand about the flights (CAMEO 1011, -5) is more conflictual than his threats (130, -4.4).
    expect(first).toMatchObject({ stance: 'CRITICAL', intensity: -5 });
    expect(statements.nodes[1]).toMatchObject({ stance: 'HOSTILE', intensity: -4.4 });
    for (const s of statements.nodes) {
      expect(s.evidence.source.key).toBe('almayadeen-2025-russia-japan-rift');
      expect(s.evidence.via).toEqual({ name: 'RIA Novosti' });
    }
    const quotes = statements.nodes.map((s: Loose) => s.quote).filter((q: string | null) => q !== null);
    expect(quotes).toHaveLength(4);
    expect(quotes).toContain('pan-Western solidarity');
  });

  it("japan-sanctions-packages: Japan's packages by date, reported figures against counted", async () => {
    const [regime] = (await run('japan-sanctions-packages.graphql')).sanctionRegimes;
    expect(regime).toMatchObject({
      since: '2022-02-23',
      imposer: { name: 'Japan' },
      target: { name: 'Russia' },
    });
    expect(regime.packageCount).toEqual({
      value: 25,
      bound: 'MORE_THAN',
      unit: 'sanctions packages',
      text: 'over 25',
    });
    expect(regime.designatedIndividuals).toMatchObject({ value: 1000, bound: 'MORE_THAN' });
    expect(regime.designatedEntities).toMatchObject({ value: 300, bound: 'MORE_THAN' });
    const entityClaims = regime.figures
      .filter((f: Loose) => f.metric === 'ENTITIES')
      .map((f: Loose) => f.quantity.value);
    expect(entityClaims).toEqual(expect.arrayContaining([300, 800]));
    expect(regime.counted).toEqual({ individuals: 0, entities: 0, designations: 0 });
    expect(regime.packages).toHaveLength(15);
    expect(regime.packages[0]).toMatchObject({ date: '2022-02-23' });
    expect(regime.packages.at(-1)).toMatchObject({
      date: '2025-09-12',
      designatedIndividuals: 14,
      designatedEntities: 51,
    });
    expect(regime.responses[0].imposer.name).toBe('Russia');
    expect(regime.responses[0].packages).toHaveLength(6);
  });

  it('russia-japan-relation: tension, yearly timeline and drivers', async () => {
    const { relation } = await run('russia-japan-relation.graphql', { asOf: '2025-11-11' });
    expect(relation).toMatchObject({
      a: { name: 'Russia' },
      b: { name: 'Japan' },
      asOf: '2025-11-11',
      recordCount: 34,
      coverage: { records: 34, acts: 23, speakers: 1, latest: '2025-11-11', sufficient: true },
    });
    expect(relation.tension).toBeCloseTo(66.03, 2);
    expect(relation.timeline.map((p: Loose) => [p.period, p.recordCount])).toEqual([
      ['2022-01-01', 15],
      ['2023-01-01', 3],
      ['2024-01-01', 1],
      ['2025-01-01', 15],
    ]);
    expect(relation.drivers).toHaveLength(5);
    expect(relation.drivers[0]).toMatchObject({
      weight: 8,
      date: '2025-11-11',
      intensity: -8,
      record: {
        __typename: 'SanctionPackage',
        key: 'russia-on-japan-2025-11-11',
        regime: { imposer: { name: 'Russia' } },
      },
    });
    // Two more packages, then Nozdrev's demand about flights (1011, -5) of 5 May 2025.
    expect(relation.drivers[3].record).toMatchObject({
      __typename: 'Statement',
      speaker: { name: 'Nikolay Nozdrev' },
    });
    const monthly = await run('russia-japan-relation.graphql', {
      period: 'MONTH',
      from: '2025-09',
      to: '2025-11',
    });
    expect(monthly.relation.timeline.map((p: Loose) => p.recordCount)).toEqual([1, 0, 1]);
  });

  it('partnerships: who belongs to which partnership, and since when', async () => {
    const { alliances } = await run('partnerships.graphql');
    const byKey = Object.fromEntries(alliances.map((a: Loose) => [a.key, a]));
    expect(Object.keys(byKey).sort()).toEqual(['foip', 'itpp', 'nato', 'nsatu']);
    expect(byKey.itpp).toMatchObject({ since: '2023-07-12', lead: { name: 'NATO' } });
    expect(byKey.itpp.members).toEqual([
      { actor: { key: 'japan', name: 'Japan' }, role: 'PARTNER', status: 'ACTIVE', since: '2023-07-12' },
    ]);
    expect(byKey.nsatu.members[0]).toMatchObject({
      role: 'PARTICIPANT',
      status: 'INTENDED',
      since: '2025-04-08',
    });
    const programmes = await run('partnerships.graphql', { kind: 'PARTNERSHIP_PROGRAMME' });
    expect(programmes.alliances.map((a: Loose) => a.acronym)).toEqual(['ITPP']);
  });

  it('seed-article-citations: everything citing the seed article', async () => {
    const { source } = await run('seed-article-citations.graphql');
    expect(source).toMatchObject({ outlet: 'Al Mayadeen English', citationCount: 30 });
    expect(source.citedBy).toHaveLength(30);
    const count = (type: string) => source.citedBy.filter((r: Loose) => r.__typename === type).length;
    expect([
      count('Statement'),
      count('Event'),
      count('Alliance'),
      count('Membership'),
      count('Office'),
    ]).toEqual([12, 8, 4, 3, 2]);
    expect(source.citedBy).toContainEqual({
      __typename: 'SanctionRegime',
      key: 'japan-on-russia',
      imposer: { name: 'Japan' },
      target: { name: 'Russia' },
    });
  });

  it('statements-walk: a paginated walk reads every statement once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const { statements } = await run('statements-walk.graphql', { first: 5, after });
      expect(statements.totalCount).toBe(12);
      seen.push(...statements.edges.map((e: Loose) => e.node.key));
      after = statements.pageInfo.hasNextPage ? statements.pageInfo.endCursor : null;
      pages += 1;
    } while (after && pages < 10);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(12);
    const hostile = await run('statements-walk.graphql', { filter: { stances: ['HOSTILE'] } });
    expect(hostile.statements).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false } });
  });
});
