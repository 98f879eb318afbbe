/**
 * The network's ties against the relations they stand for: every tie's records are the
 * relation's statements, events and sanctions packages, counted once each, its hostile
 * records those scored below zero, and its tension the relation's own.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/db';
import { openDatabase } from '../../data/store/open';
import { useWriteToken } from '../helpers/write-token';
import { errorText, ok, testServer, type Loose } from '../helpers/graphql';

const { db, file } = freshDatabase();
const TOKEN = 'network-test-token';
useWriteToken(TOKEN);
const api = testServer(db);
afterAll(() => api.stop());

const NETWORK = `query Network($first: Int) {
  network(first: $first) {
    a { key } b { key } records hostileRecords tension sharedAlliances { key }
  }
}`;
const RELATION = `query Relation($a: String!, $b: String!) {
  relation(a: $a, b: $b) {
    tension
    statements(first: 100) { totalCount nodes { intensity } }
    events(first: 100) { totalCount nodes { intensity } }
    sanctions { packages { key intensity } }
  }
}`;

interface Tie {
  a: { key: string };
  b: { key: string };
  records: number;
  hostileRecords: number;
  tension: number;
  sharedAlliances: { key: string }[];
}

async function ties(first = 100): Promise<Tie[]> {
  return ok(await api.query(NETWORK, { first })).network;
}

describe('network', () => {
  it('counts each tie as the relation between its two sides does', async () => {
    const all = await ties();
    expect(all.length).toBeGreaterThan(3);
    for (const tie of all) {
      const relation: Loose = ok(await api.query(RELATION, { a: tie.a.key, b: tie.b.key })).relation;
      const packages = relation.sanctions.reduce((n: number, r: Loose) => n + r.packages.length, 0);
      expect(relation.statements.totalCount).toBeLessThanOrEqual(100);
      expect(tie.records, `${tie.a.key}–${tie.b.key}`).toBe(
        relation.statements.totalCount + relation.events.totalCount + packages,
      );
      const hostile = [
        ...relation.statements.nodes,
        ...relation.events.nodes,
        ...relation.sanctions.flatMap((r: Loose) => r.packages),
      ].filter((r: { intensity: number | null }) => r.intensity !== null && r.intensity < 0).length;
      expect(tie.hostileRecords, `${tie.a.key}–${tie.b.key}`).toBe(hostile);
      expect(tie.tension).toBeCloseTo(relation.tension, 9);
      expect(tie.a.key < tie.b.key).toBe(true);
    }
  });

  it('folds people into the actor they speak for, and puts the heaviest ties first', async () => {
    const all = await ties();
    const keys = all.flatMap((t) => [t.a.key, t.b.key]);
    expect(keys).not.toContain('nikolay-nozdrev');
    expect(keys).not.toContain('hiroshima-city');
    const records = all.map((t) => t.records);
    expect(records).toEqual([...records].sort((x, y) => y - x));
    const japanRussia = all.find((t) => t.a.key === 'japan' && t.b.key === 'russia');
    expect(japanRussia?.records).toBe(all[0]!.records);
  });

  it('joins NATO and Japan through the partnership NATO leads', async () => {
    const tie = (await ties()).find((t) => t.a.key === 'japan' && t.b.key === 'nato');
    expect(tie?.sharedAlliances.map((a) => a.key)).toEqual(['itpp']);
    expect(tie?.records).toBeGreaterThan(0);
  });

  it('returns the first ties only, and refuses a size out of range by name', async () => {
    const all = await ties();
    expect(await ties(2)).toEqual(all.slice(0, 2));
    expect(errorText(await api.query(NETWORK, { first: 0 }))).toMatch(/"first".*between 1 and 100/);
    expect(errorText(await api.query(NETWORK, { first: 101 }))).toMatch(/"first".*between 1 and 100/);
  });
});

describe('a tie’s coverage', () => {
  const COVERED = `query Covered {
    network(first: 100) {
      a { key } b { key } records tension
      coverage { records acts sources speakers latest latestAgeDays sufficient }
    }
  }`;
  const RELATION_COVERAGE = `query RelationCoverage($a: String!, $b: String!) {
    relation(a: $a, b: $b) {
      tension
      coverage { records acts sources speakers latest latestAgeDays sufficient }
      events(first: 100) { nodes { intensity } }
    }
  }`;

  it('is the relation’s coverage today, counted by the same rule', async () => {
    const all: Loose[] = ok(await api.query(COVERED)).network;
    for (const tie of all) {
      const relation: Loose = ok(await api.query(RELATION_COVERAGE, { a: tie.a.key, b: tie.b.key })).relation;
      expect(tie.coverage, `${tie.a.key}–${tie.b.key}`).toEqual(relation.coverage);
    }
  });

  it('says which ties rest on too few records: those between Japan and the United States, Belarus and Japan', async () => {
    const all: Loose[] = ok(await api.query(COVERED)).network;
    const tie = (a: string, b: string) => all.find((t) => t.a.key === a && t.b.key === b);
    for (const [a, b] of [
      ['japan', 'united-states'],
      ['belarus', 'japan'],
    ] as const) {
      const thin = tie(a, b);
      expect(thin, `${a}–${b}`).toBeDefined();
      expect(thin.records).toBeGreaterThan(0);
      expect(thin.coverage.sufficient).toBe(false);
    }
    expect(tie('japan', 'russia').coverage.sufficient).toBe(true);
  });

  it('counts fewer records than the tie when some of the pair’s records are unscored', async () => {
    // The tie counts every statement, event and package between the two; the coverage only
    // those that move the index. The difference is the unscored ones (events without intensity).
    const all: Loose[] = ok(await api.query(COVERED)).network;
    for (const tie of all) {
      const relation: Loose = ok(await api.query(RELATION_COVERAGE, { a: tie.a.key, b: tie.b.key })).relation;
      const unscored = relation.events.nodes.filter((e: Loose) => e.intensity === null).length;
      expect(tie.records - tie.coverage.records, `${tie.a.key}–${tie.b.key}`).toBe(unscored);
    }
    const japanRussia = all.find((t) => t.a.key === 'japan' && t.b.key === 'russia');
    expect([japanRussia.records, japanRussia.coverage.records]).toEqual([38, 34]);
  });

  it('gives the same ties whether their fields are asked directly or through fragments', async () => {
    const direct = ok(
      await api.query(`{ network(first: 10) { a { key } tension coverage { records } } }`),
    ).network;
    const fragments = ok(
      await api.query(`{ network(first: 10) { ...Sides ... on ActorTie { coverage { records } } } }
        fragment Sides on ActorTie { a { key } ...Index }
        fragment Index on ActorTie { tension }`),
    ).network;
    expect(fragments).toEqual(direct);
    expect(direct.some((tie: Tie) => tie.tension > 0)).toBe(true);
  });

  it('reads a tie again after a write, from this connection or another', async () => {
    const tieOf = async () =>
      (ok(await api.query(COVERED)).network as Loose[]).find(
        (t) => t.a.key === 'belarus' && t.b.key === 'japan',
      );
    const addEvent = (server: typeof api, key: string) =>
      server.query(
        `mutation($i: AddEventInput!) { addEvent(input: $i) { userErrors { message } } }`,
        {
          i: {
            date: '2025-11-01',
            kind: 'MILITARY',
            title: `Network test ${key}`,
            summary: `A hostile event between Belarus and Japan (${key}).`,
            actorKeys: ['belarus', 'japan'],
            intensity: -8,
            evidence: { sourceKey: 'almayadeen-2025-russia-japan-rift', note: `Network test ${key}.` },
          },
        },
        { authorization: `Bearer ${TOKEN}` },
      );
    const before = await tieOf();

    expect(ok(await addEvent(api, 'here')).addEvent.userErrors).toEqual([]);
    const afterOwn = await tieOf();
    expect(afterOwn.records).toBe(before.records + 1);
    expect(afterOwn.coverage.records).toBe(before.coverage.records + 1);
    expect(afterOwn.tension).toBeGreaterThan(before.tension);

    const elsewhere = testServer(openDatabase(file));
    expect(ok(await addEvent(elsewhere, 'elsewhere')).addEvent.userErrors).toEqual([]);
    await elsewhere.stop();
    const afterOther = await tieOf();
    expect(afterOther.records).toBe(before.records + 2);
    expect(afterOther.coverage.records).toBe(before.coverage.records + 2);
  });
});
