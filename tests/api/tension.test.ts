/**
 * The russia/japan index recomputed by hand, independently of data/tension.ts, from the
 * pair's records as the API lists them, and compared with what the API reports.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/db';
import { ok, testServer, type Loose } from '../helpers/graphql';

const { db } = freshDatabase();
const api = testServer(db);
afterAll(() => api.stop());

// ---- the formula of docs/tension.md, in a few lines of our own
const DAY_MS = 86_400_000;
/** Days since the epoch of a partial date's first day: "2022-07" is 2022-07-01. */
function firstDay(date: string): number {
  const [y, m = '01', d = '01'] = date.split('-');
  return Date.UTC(Number(y), Number(m) - 1, Number(d)) / DAY_MS;
}
type Scored = { key: string; date: string; g: number; code?: string };
const weight = (r: Scored, t: number) => -r.g * Math.pow(0.5, (t - firstDay(r.date)) / 180);
const pressure = (records: Scored[], t: number) =>
  records.filter((r) => firstDay(r.date) <= t).reduce((sum, r) => sum + weight(r, t), 0);
const index = (p: number) => 100 * (1 - Math.exp(-Math.max(0, p) / 20));
// ----

const RELATION = `query Relation($a: String!, $b: String!) {
  relation(a: $a, b: $b) {
    tension asOf recordCount
    drivers(first: 100) {
      weight date intensity
      record { __typename ... on Statement { key } ... on Event { key } ... on SanctionPackage { key } }
    }
    timeline(period: YEAR) { period tension recordCount }
    statements(first: 100) { totalCount nodes { key date intensity speaker { key affiliation { key } } } }
    events(first: 100) { nodes { key date intensity } }
    sanctions { imposer { key } target { key } packages { key date cameoCode intensity } }
  }
}`;

async function pair(a: string, b: string) {
  const { relation } = ok(await api.query(RELATION, { a, b }));
  const records: Scored[] = [
    ...relation.statements.nodes.map((s: Loose) => ({ key: s.key, date: s.date, g: s.intensity })),
    ...relation.events.nodes
      .filter((e: Loose) => e.intensity !== null)
      .map((e: Loose) => ({ key: e.key, date: e.date, g: e.intensity })),
    // A sanction package counts by its own CAMEO code: 163 impose sanctions, -8; 164 halt talks, -7.
    ...relation.sanctions.flatMap((r: Loose) =>
      r.packages.map((p: Loose) => ({ key: p.key, date: p.date, g: p.intensity, code: p.cameoCode })),
    ),
  ];
  const asOf = Math.max(...records.map((r) => firstDay(r.date)));
  return { relation, records, asOf };
}

describe('the russia/japan tension index, by hand', () => {
  it('counts statements by Russia or its affiliates, scored events and packages either way', async () => {
    const { relation, records } = await pair('russia', 'japan');
    // Every statement here is Nozdrev's: he counts for Russia through his affiliation.
    expect(relation.statements.nodes.every((s: Loose) => s.speaker.affiliation?.key === 'russia')).toBe(true);
    const packages = records.filter((r) => r.code !== undefined);
    expect(packages).toHaveLength(21);
    // Sanctions weigh -8 (163); halting the peace-treaty talks -7 (164); ending the visits 160, -4.
    expect(packages.filter((r) => r.code === '163' && r.g === -8)).toHaveLength(19);
    expect(packages.find((r) => r.key === 'russia-on-japan-2022-03-21')).toMatchObject({
      code: '164',
      g: -7,
    });
    expect(packages.find((r) => r.key === 'russia-on-japan-2022-09-05')).toMatchObject({
      code: '160',
      g: -4,
    });
    expect(records.map((r) => r.key)).toContain('direct-flights-suspended');
    expect(relation.recordCount).toBe(records.length);
    expect(relation.recordCount).toBe(34);
  });

  it('reads the index at the latest record date and matches the formula to 1e-9', async () => {
    const { relation, records, asOf } = await pair('russia', 'japan');
    expect(relation.asOf).toBe('2025-11-11');
    expect(firstDay(relation.asOf)).toBe(asOf);
    expect(relation.tension).toBeCloseTo(index(pressure(records, asOf)), 9);
  });

  it('weighs every driver as -g * 0.5^(age / 180) at asOf, strongest first', async () => {
    const { relation, records, asOf } = await pair('russia', 'japan');
    expect(relation.drivers).toHaveLength(34);
    for (const driver of relation.drivers) {
      const mine = records.find((r) => r.key === driver.record.key)!;
      expect(driver.date).toBe(mine.date);
      expect(driver.intensity).toBe(mine.g);
      expect(driver.weight).toBeCloseTo(weight(mine, asOf), 9);
    }
    const strengths = relation.drivers.map((d: Loose) => Math.abs(d.weight));
    expect(strengths).toEqual([...strengths].sort((x, y) => y - x));
    // A month-dated package, "2022-07", is aged from 2022-07-01.
    const july = relation.drivers.find((d: Loose) => d.record.key === 'russia-on-japan-2022-07');
    expect(july.weight).toBeCloseTo(8 * Math.pow(0.5, (asOf - firstDay('2022-07-01')) / 180), 9);
    // The drivers' weights sum to the pressure the index is read from.
    const sum = relation.drivers.reduce((s: number, d: Loose) => s + d.weight, 0);
    expect(index(sum)).toBeCloseTo(relation.tension, 9);
  });

  it('gives a yearly timeline read at each year end, and at asOf for the last year', async () => {
    const { relation, records, asOf } = await pair('russia', 'japan');
    expect(relation.timeline.map((p: Loose) => p.period)).toEqual([
      '2022-01-01',
      '2023-01-01',
      '2024-01-01',
      '2025-01-01',
    ]);
    const end2022 = firstDay('2022-12-31');
    expect(relation.timeline[0].tension).toBeCloseTo(index(pressure(records, end2022)), 9);
    expect(relation.timeline[0].recordCount).toBe(records.filter((r) => r.date.startsWith('2022')).length);
    expect(relation.timeline[2].tension).toBeCloseTo(index(pressure(records, firstDay('2024-12-31'))), 9);
    expect(relation.timeline[3].tension).toBeCloseTo(index(pressure(records, asOf)), 9);
    const total = relation.timeline.reduce((s: number, p: Loose) => s + p.recordCount, 0);
    expect(total).toBe(records.length);
  });

  it('gives a monthly point on a quiet month by decay alone', async () => {
    const { records } = await pair('russia', 'japan');
    const { relation } = ok(
      await api.query(
        '{ relation(a: "russia", b: "japan") { timeline(period: MONTH, from: "2024-02", to: "2024-02") { period tension recordCount } } }',
      ),
    );
    expect(relation.timeline).toEqual([
      {
        period: '2024-02-01',
        tension: expect.closeTo(index(pressure(records, firstDay('2024-02-29'))), 9),
        recordCount: 0,
      },
    ]);
  });

  it('is the same index in either order', async () => {
    const there = await pair('russia', 'japan');
    const back = await pair('japan', 'russia');
    expect(back.relation.tension).toBeCloseTo(there.relation.tension, 12);
    expect(back.relation.asOf).toBe(there.relation.asOf);
  });

  it('is 0 with no asOf for a pair without records', async () => {
    const { relation } = ok(
      await api.query(
        '{ relation(a: "china", b: "palestine") { tension asOf recordCount timeline { period } drivers { weight } } }',
      ),
    );
    expect(relation).toEqual({ tension: 0, asOf: null, recordCount: 0, timeline: [], drivers: [] });
  });
});
