/**
 * A timeline point's drivers and a relation's trend, recomputed here from the pair's records
 * as the API lists them, with the formula of docs/tension.md written out independently. Which
 * record carries its act is the API's answer (tests/api/tension-formula.test.ts tests that
 * rule); a record that does not carry its act adds nothing. Every reading is taken on the
 * pair's latest record day, so the timelines stay short and the numbers do not move with today.
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
/** Whether two records fall in the same period. */
function samePeriod(x: Scored, y: Scored, period: keyof typeof MONTHS): boolean {
  const slot = (r: Scored) => {
    const [year, month = '01'] = r.date.split('-');
    return Number(year) * 12 + Math.floor((Number(month) - 1) / MONTHS[period]) * MONTHS[period];
  };
  return slot(x) === slot(y);
}

const KEY = `record { ... on Statement { key } ... on Event { key } ... on SanctionPackage { key } }`;
const LATEST = `query Latest($a: String!, $b: String!) { relation(a: $a, b: $b) { coverage { latest } } }`;
const RECORDS = `query Records($a: String!, $b: String!, $asOf: PartialDate) {
  relation(a: $a, b: $b, asOf: $asOf) {
    asOf coverage { records }
    drivers(first: 100) { date intensity carriesAct ${KEY} }
  }
}`;
const TIMELINE = `query Timeline(
  $a: String!, $b: String!, $asOf: PartialDate, $from: PartialDate, $period: Period!, $first: Int
) {
  relation(a: $a, b: $b, asOf: $asOf) {
    timeline(period: $period, from: $from, to: $asOf) {
      period tension recordCount
      drivers(first: $first) { weight date intensity carriesAct ${KEY} }
    }
  }
}`;
const TREND = `query Trend($a: String!, $b: String!, $asOf: PartialDate, $period: Period) {
  relation(a: $a, b: $b, asOf: $asOf) {
    tension trend(period: $period) { previousPeriod previous change direction newRecords }
  }
}`;

/** The pair's latest record day, "2025-05-20". */
async function latestDay(a: string, b: string): Promise<string> {
  const latest: string = ok<Loose>(await api.query(LATEST, { a, b })).relation.coverage.latest;
  return new Date(firstDay(latest) * DAY_MS).toISOString().slice(0, 10);
}

async function scoredRecords(a: string, b: string) {
  const asOfText = await latestDay(a, b);
  const relation: Loose = ok(await api.query(RECORDS, { a, b, asOf: asOfText })).relation;
  expect(relation.drivers.length).toBe(relation.coverage.records);
  const records: Scored[] = relation.drivers.map((d: Loose) => ({
    key: d.record.key,
    date: d.date,
    g: d.carriesAct ? d.intensity : 0,
  }));
  // The timeline's cost counts its points; naming the first year keeps it within the limit.
  const from = records.map((r) => r.date.slice(0, 4)).sort()[0];
  return { records, asOf: firstDay(relation.asOf), asOfText, from };
}

describe.each(['MONTH', 'QUARTER', 'YEAR'] as const)('TensionPoint.drivers by %s', (period) => {
  it.each([
    ['russia', 'japan'],
    ['russia', 'nato'],
  ])('lists the records of each period of %s–%s, weighed at the point', async (a, b) => {
    const { records, asOf, asOfText, from } = await scoredRecords(a, b);
    // Ask for as many drivers as the busiest period holds: the query's cost counts them all.
    const busiest = Math.max(...records.map((r) => records.filter((o) => samePeriod(o, r, period)).length));
    const vars = { a, b, asOf: asOfText, from, period, first: busiest };
    const points: Loose[] = ok(await api.query(TIMELINE, vars)).relation.timeline;
    expect(points.length).toBeGreaterThan(0);
    let listed = 0;
    for (const point of points) {
      const first = firstDay(point.period);
      const next = nextStart(point.period, MONTHS[period]);
      const readDay = first <= asOf && asOf < next ? asOf : next - 1;
      const own = records.filter((r) => firstDay(r.date) >= first && firstDay(r.date) < next);
      expect(point.drivers).toHaveLength(own.length);
      expect(point.drivers).toHaveLength(point.recordCount);
      expect(point.tension).toBeCloseTo(index(pressure(records, readDay)), 9);
      // Acts strongest first: the weights of the records carrying them never grow down the list.
      const carried = point.drivers.filter((d: Loose) => d.carriesAct).map((d: Loose) => Math.abs(d.weight));
      expect(carried).toEqual([...carried].sort((x, y) => y - x));
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
    const { asOfText, from } = await scoredRecords('russia', 'japan');
    const vars = { a: 'russia', b: 'japan', asOf: asOfText, from, period: 'YEAR' };
    const all: Loose[] = ok(await api.query(TIMELINE, { ...vars, first: 100 })).relation.timeline;
    const top: Loose[] = ok(await api.query(TIMELINE, { ...vars, first: 2 })).relation.timeline;
    top.forEach((point, i) => expect(point.drivers).toEqual(all[i].drivers.slice(0, 2)));
    const defaults: Loose[] = ok(
      await api.query(
        `query($asOf: PartialDate, $from: PartialDate) {
          relation(a: "russia", b: "japan", asOf: $asOf) {
            timeline(period: YEAR, from: $from, to: $asOf) { drivers { weight } }
          }
        }`,
        { asOf: vars.asOf, from },
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
      const { records, asOf, asOfText } = await scoredRecords('russia', 'japan');
      const answer: Loose = ok(
        await api.query(TREND, { a: 'russia', b: 'japan', asOf: asOfText, period }),
      ).relation;
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
    expect(answer.trend).toMatchObject({ previous: 0, change: 0, direction: 'STEADY', newRecords: 0 });
  });

  const NEW_RECORDS = `query NewRecords($a: String!, $b: String!, $asOf: PartialDate!, $period: Period!) {
    relation(a: $a, b: $b, asOf: $asOf) {
      trend(period: $period) { direction newRecords }
      timeline(period: $period, from: $asOf, to: $asOf) { period recordCount }
    }
  }`;

  it.each(['MONTH', 'QUARTER', 'YEAR'] as const)(
    'counts the records since the previous %s ended: those of the timeline’s last point',
    async (period) => {
      const { records, asOfText } = await scoredRecords('russia', 'japan');
      // The latest record's day, a quiet day within a busy period, and a year after it.
      const later = new Date((firstDay(asOfText) + 365) * DAY_MS).toISOString().slice(0, 10);
      for (const asOf of [asOfText, '2025-03-15', later]) {
        const answer: Loose = ok(
          await api.query(NEW_RECORDS, { a: 'russia', b: 'japan', asOf, period }),
        ).relation;
        const point = answer.timeline.at(-1);
        expect(answer.trend.newRecords, `${asOf} by ${period}`).toBe(point.recordCount);
        const periodStart = firstDay(point.period);
        const since = records.filter(
          (r) => firstDay(r.date) >= periodStart && firstDay(r.date) <= firstDay(asOf),
        );
        expect(answer.trend.newRecords, `${asOf} by ${period}`).toBe(since.length);
      }
    },
  );

  it('says when only decay moved the index: no new record, the fall is not easing', async () => {
    // A year after the latest record (11 Nov 2025) the index falls every month with nothing new.
    const answer: Loose = ok(
      await api.query(NEW_RECORDS, { a: 'russia', b: 'japan', asOf: '2026-11-30', period: 'MONTH' }),
    ).relation;
    expect(answer.trend).toEqual({ direction: 'FALLING', newRecords: 0 });
    const active: Loose = ok(
      await api.query(NEW_RECORDS, { a: 'russia', b: 'japan', asOf: '2025-11-11', period: 'MONTH' }),
    ).relation;
    expect(active.trend.newRecords).toBeGreaterThan(0);
  });
});

describe('TensionPoint.drivers after the day read', () => {
  it('lists no record dated after asOf, even for a later point `to` asks for', async () => {
    const points: Loose[] = ok(
      await api.query(`{
        relation(a: "russia", b: "japan", asOf: "2025-05-04") {
          timeline(period: MONTH, from: "2025-04", to: "2025-12") { period recordCount drivers(first: 20) { date } }
        }
      }`),
    ).relation.timeline;
    expect(points.map((p) => p.period)).toContain('2025-11-01');
    for (const point of points) {
      for (const driver of point.drivers)
        expect(firstDay(driver.date)).toBeLessThanOrEqual(firstDay('2025-05-04'));
      if (point.period > '2025-05-04') expect(point.drivers).toEqual([]);
    }
  });
});

describe('TensionPoint.drivers on a long timeline', () => {
  it('is refused past 240 points, naming the bound, and a long timeline without drivers still answers', async () => {
    const long = `{ relation(a: "russia", b: "japan") {
      timeline(period: MONTH, from: "1800", to: "2200") { period drivers(first: 1) { weight } } } }`;
    expect(errorText(await api.query(long))).toMatch(
      /"from" gives 4812 points; drivers are listed for at most 240/,
    );
    const viaFragment = `{ relation(a: "russia", b: "japan") { timeline(period: MONTH, from: "1800", to: "2200") { ...P } } }
      fragment P on TensionPoint { drivers(first: 1) { weight } }`;
    expect(errorText(await api.query(viaFragment))).toMatch(/at most 240 points/);
    const plain: Loose = ok(
      await api.query(
        `{ relation(a: "russia", b: "japan") { timeline(period: MONTH, from: "1800", to: "2200") { period } } }`,
      ),
    ).relation;
    expect(plain.timeline).toHaveLength(4812);
  });
});
