/**
 * A timeline point's drivers and a relation's trend, recomputed here from the pair's records
 * as the API lists them, with the formula of docs/tension.md written out independently.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/db';
import { errorText, ok, testServer, type Loose } from '../helpers/graphql';

const { db } = freshDatabase();
const api = testServer(db);
afterAll(() => api.stop());

const DAY_MS = 86_400_000;
const firstDay = (date: string) => {
  const [y, m = '01', d = '01'] = date.split('-');
  return Date.UTC(Number(y), Number(m) - 1, Number(d)) / DAY_MS;
};
type Scored = { key: string; date: string; g: number };
const weight = (r: Scored, t: number) => -r.g * Math.pow(0.5, (t - firstDay(r.date)) / 180);
const pressure = (records: Scored[], t: number) =>
  records.filter((r) => firstDay(r.date) <= t).reduce((sum, r) => sum + weight(r, t), 0);
const index = (p: number) => 100 * (1 - Math.exp(-Math.max(0, p) / 20));
/** First day of the period after the one starting on `start` ("2025-04-01"). */
function nextStart(start: string, months: number): number {
  const [y, m] = start.split('-').map(Number) as [number, number];
  return Date.UTC(y, m - 1 + months, 1) / DAY_MS;
}
const MONTHS = { MONTH: 1, QUARTER: 3, YEAR: 12 } as const;

const RECORDS = `query Records($a: String!, $b: String!) {
  relation(a: $a, b: $b) {
    tension asOf
    statements(first: 100) { nodes { key date intensity } }
    events(first: 100) { nodes { key date intensity } }
    sanctions { packages { key date intensity } }
  }
}`;
const TIMELINE = `query Timeline($a: String!, $b: String!, $period: Period!, $first: Int) {
  relation(a: $a, b: $b) {
    timeline(period: $period) {
      period tension recordCount
      drivers(first: $first) {
        weight date intensity
        record { __typename ... on Statement { key } ... on Event { key } ... on SanctionPackage { key } }
      }
    }
  }
}`;
const TREND = `query Trend($a: String!, $b: String!, $period: Period) {
  relation(a: $a, b: $b) { tension trend(period: $period) { previousPeriod previous change direction } }
}`;

async function scoredRecords(a: string, b: string): Promise<{ records: Scored[]; asOf: number }> {
  const relation: Loose = ok(await api.query(RECORDS, { a, b })).relation;
  const records: Scored[] = [
    ...relation.statements.nodes.map((s: Loose) => ({ key: s.key, date: s.date, g: s.intensity })),
    ...relation.events.nodes
      .filter((e: Loose) => e.intensity !== null)
      .map((e: Loose) => ({ key: e.key, date: e.date, g: e.intensity })),
    ...relation.sanctions.flatMap((r: Loose) =>
      r.packages.map((p: Loose) => ({ key: p.key, date: p.date, g: p.intensity })),
    ),
  ];
  return { records, asOf: firstDay(relation.asOf) };
}

describe.each(['MONTH', 'QUARTER', 'YEAR'] as const)('TensionPoint.drivers by %s', (period) => {
  it.each([
    ['russia', 'japan'],
    ['russia', 'nato'],
  ])('lists the records of each period of %s–%s, weighed at the point', async (a, b) => {
    const { records, asOf } = await scoredRecords(a, b);
    const points: Loose[] = ok(await api.query(TIMELINE, { a, b, period, first: 100 })).relation.timeline;
    expect(points.length).toBeGreaterThan(0);
    let listed = 0;
    for (const point of points) {
      const first = firstDay(point.period);
      const next = nextStart(point.period, MONTHS[period]);
      const readDay = first <= asOf && asOf < next ? asOf : next - 1;
      const own = records.filter((r) => firstDay(r.date) >= first && firstDay(r.date) < next);
      expect(point.drivers).toHaveLength(Math.min(own.length, 100));
      expect(point.drivers).toHaveLength(point.recordCount);
      expect(point.tension).toBeCloseTo(index(pressure(records, readDay)), 9);
      const expected = own.map((r) => weight(r, readDay)).sort((x, y) => Math.abs(y) - Math.abs(x));
      expect(point.drivers.map((d: Loose) => d.weight)).toEqual(expected.map((w) => expect.closeTo(w, 9)));
      for (const d of point.drivers) {
        const record = own.find((r) => r.key === d.record.key)!;
        expect(d.weight).toBeCloseTo(weight(record, readDay), 9);
        expect(d.date).toBe(record.date);
      }
      listed += point.drivers.length;
    }
    expect(listed).toBe(records.length);
  });
});

describe('TensionPoint.drivers', () => {
  it('keeps the strongest first and honours `first`', async () => {
    const vars = { a: 'russia', b: 'japan', period: 'YEAR' };
    const all: Loose[] = ok(await api.query(TIMELINE, { ...vars, first: 100 })).relation.timeline;
    const top: Loose[] = ok(await api.query(TIMELINE, { ...vars, first: 2 })).relation.timeline;
    top.forEach((point, i) => expect(point.drivers).toEqual(all[i].drivers.slice(0, 2)));
    const defaults: Loose[] = ok(
      await api.query(
        `{ relation(a: "russia", b: "japan") { timeline(period: YEAR) { drivers { weight } } } }`,
      ),
    ).relation.timeline;
    expect(defaults.map((p) => p.drivers.length)).toEqual(all.map((p) => Math.min(5, p.drivers.length)));
    const bad = await api.query(TIMELINE, { ...vars, first: 0 });
    expect(errorText(bad)).toMatch(/"first".*between 1 and 100/);
  });
});

describe('Relation.trend', () => {
  it.each(['MONTH', 'QUARTER', 'YEAR'] as const)(
    'compares the index with the end of the previous %s',
    async (period) => {
      const { records, asOf } = await scoredRecords('russia', 'japan');
      const answer: Loose = ok(await api.query(TREND, { a: 'russia', b: 'japan', period })).relation;
      const asOfDate = new Date(asOf * DAY_MS);
      const month = Math.floor(asOfDate.getUTCMonth() / MONTHS[period]) * MONTHS[period];
      const periodStart = Date.UTC(asOfDate.getUTCFullYear(), month, 1) / DAY_MS;
      const previous = index(pressure(records, periodStart - 1));
      const previousStart = new Date(
        Date.UTC(asOfDate.getUTCFullYear(), month - MONTHS[period], 1),
      ).toISOString();
      expect(answer.trend.previousPeriod).toBe(previousStart.slice(0, 10));
      expect(answer.trend.previous).toBeCloseTo(previous, 9);
      expect(answer.trend.change).toBeCloseTo(answer.tension - previous, 9);
      const direction =
        Math.abs(answer.trend.change) < 0.05 ? 'STEADY' : answer.trend.change > 0 ? 'RISING' : 'FALLING';
      expect(answer.trend.direction).toBe(direction);
    },
  );

  it('reads a pair with no records as steady at zero', async () => {
    const answer: Loose = ok(await api.query(TREND, { a: 'china', b: 'palestine' })).relation;
    expect(answer.trend).toMatchObject({ previous: 0, change: 0, direction: 'STEADY' });
  });
});
