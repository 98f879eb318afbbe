/**
 * A sanctions regime's series: its packages and held designations per period, quiet periods
 * included, with the running total of designations, against the regime's own lists.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/db';
import { ok, testServer, type Loose } from '../helpers/graphql';

const { db } = freshDatabase();
const api = testServer(db);
afterAll(() => api.stop());

// Listings as an import would hold them (test rows): three dated at different precisions, one undated.
const LISTINGS: [string, string | null][] = [
  ['series-test-a', '2022-03-16'],
  ['series-test-b', '2022-03'],
  ['series-test-c', '2023-12-31'],
  ['series-test-d', null],
];
const regimeId = db.prepare(`SELECT id FROM sanction_regimes WHERE key = 'japan-on-russia'`).pluck().get();
const designee = db.prepare(`SELECT id FROM actors WHERE key = 'nikolay-nozdrev'`).pluck().get();
for (const [key, listedOn] of LISTINGS) {
  db.prepare(
    `INSERT INTO sanction_designations (key, regime_id, designee_id, authority, listed_on, sort_date, status,
       origin_dataset, origin, content_hash) VALUES (?, ?, ?, 'Test authority', ?, ?, 'ACTIVE', 'test', 'test', ?)`,
  ).run(key, regimeId, designee, listedOn, listedOn ?? '', key);
}

const SERIES = `query Series($key: String!, $period: Period) {
  sanctionRegime(key: $key) {
    key
    packages { date }
    series(period: $period) { period packages designations cumulativeDesignations }
  }
}`;

const STEP = { MONTH: 1, QUARTER: 3, YEAR: 12 } as const;

/** The month index (year * 12 + month - 1) of a series period, "2022-04" or "2022". */
function monthIndex(period: string): number {
  const [y, m = '01'] = period.split('-');
  return Number(y) * 12 + Number(m) - 1;
}

describe('SanctionRegime.series', () => {
  it.each(['MONTH', 'QUARTER', 'YEAR'] as const)(
    'covers every %s from the first active one to the last, adding up to the lists',
    async (period) => {
      const regime: Loose = ok(await api.query(SERIES, { key: 'japan-on-russia', period })).sanctionRegime;
      const series: Loose[] = regime.series;
      expect(series.reduce((n, p) => n + p.packages, 0)).toBe(regime.packages.length);
      expect(series.reduce((n, p) => n + p.designations, 0)).toBe(3);
      expect(series.at(-1).cumulativeDesignations).toBe(3);
      for (let i = 1; i < series.length; i += 1) {
        expect(monthIndex(series[i].period) - monthIndex(series[i - 1].period)).toBe(STEP[period]);
        expect(series[i].cumulativeDesignations).toBe(
          series[i - 1].cumulativeDesignations + series[i].designations,
        );
      }
      // Each package sits in the period holding its first day.
      for (const p of regime.packages) {
        const month = monthIndex(p.date);
        const holding = series.filter(
          (s) => monthIndex(s.period) <= month && month < monthIndex(s.period) + STEP[period],
        );
        expect(holding).toHaveLength(1);
        expect(holding[0].packages).toBeGreaterThan(0);
      }
    },
  );

  it('places listings by their listing date, a month-only one in its month', async () => {
    const series: Loose[] = ok(await api.query(SERIES, { key: 'japan-on-russia', period: 'MONTH' }))
      .sanctionRegime.series;
    const byPeriod = Object.fromEntries(series.map((p) => [p.period, p]));
    expect(byPeriod['2022-03']).toMatchObject({ designations: 2, cumulativeDesignations: 2 });
    expect(byPeriod['2023-12']).toMatchObject({ designations: 1, cumulativeDesignations: 3 });
    const quarters: Loose[] = ok(await api.query(SERIES, { key: 'japan-on-russia' })).sanctionRegime.series;
    expect(quarters[0].period).toBe('2022-01');
  });

  it('finds a regime by key, and answers null for an unknown one', async () => {
    expect(ok(await api.query(SERIES, { key: 'russia-on-japan' })).sanctionRegime.key).toBe(
      'russia-on-japan',
    );
    expect(ok(await api.query(SERIES, { key: 'no-such-regime' })).sanctionRegime).toBeNull();
  });
});
