/**
 * statementSeries counts every matching statement once: its periods add up to the list's
 * totalCount for the same filter, and each period's stances add up to the list filtered by
 * that stance too. Checked on the seed and on a copy of it with statements spread over
 * years, months and partial dates, against buckets computed here from the list itself.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { editJson, freshDatabase, seedCopy } from '../helpers/db';
import { errorText, ok, testServer, type Loose } from '../helpers/graphql';
import { openDatabase } from '../../data/store/open';
import { loadDataset } from '../../data/ingest/load-dataset';

const STANCES = ['HOSTILE', 'CRITICAL', 'NEUTRAL', 'SUPPORTIVE', 'CONCILIATORY'];
const PERIODS = ['MONTH', 'QUARTER', 'YEAR'] as const;

const seeded = freshDatabase();
const seedApi = testServer(seeded.db);

// The seed's statements, plus statements dated across 2023-2026 at every precision (test
// records in a temporary copy; the dataset itself is untouched).
const spreadDir = seedCopy();
const SPREAD_DATES = ['2023', '2023-11', '2024-02-29', '2024-03-31', '2024-04-01', '2024-12-31', '2025-01'];
editJson<Record<string, unknown>[]>(path.join(spreadDir, 'statements.json'), (list) => {
  const template = list[0]!;
  for (let i = 0; i < 28; i += 1) {
    list.push({
      ...template,
      key: `series-test-${i}`,
      date: SPREAD_DATES[i % SPREAD_DATES.length],
      stance: STANCES[i % STANCES.length],
      targets: i % 3 === 0 ? ['japan', 'nato'] : i % 3 === 1 ? ['ukraine'] : ['japan'],
      speaker: i % 2 === 0 ? 'nikolay-nozdrev' : 'russia',
    });
  }
});
const spreadFile = freshDatabase({ seed: false }).file;
const spreadDb = openDatabase(spreadFile);
loadDataset(spreadDb, spreadDir);
const spreadApi = testServer(spreadDb);

afterAll(async () => {
  await seedApi.stop();
  await spreadApi.stop();
});

const SERIES = `query Series($filter: StatementFilter, $period: Period) {
  statementSeries(filter: $filter, period: $period) { period total byStance { stance count } }
}`;
const LIST = `query List($filter: StatementFilter) {
  statements(filter: $filter, first: 100) { totalCount nodes { date stance } }
}`;

interface Period {
  period: string;
  total: number;
  byStance: { stance: string; count: number }[];
}

/** The period a statement falls in, computed here from its date's first day. */
function bucketOf(date: string, period: (typeof PERIODS)[number]): string {
  const [year, month = '01'] = date.split('-');
  if (period === 'YEAR') return year!;
  if (period === 'MONTH') return `${year}-${month}`;
  const first = Math.floor((Number(month) - 1) / 3) * 3 + 1;
  return `${year}-${String(first).padStart(2, '0')}`;
}

/** Every period from `first` to `last` inclusive, listed here month by month. */
function periodsBetween(
  first: string | undefined,
  last: string | undefined,
  period: (typeof PERIODS)[number],
): string[] {
  if (first === undefined || last === undefined) return [];
  const periods: string[] = [];
  const [endYear, endMonth = 1] = last.split('-').map(Number);
  let [year, month = 1] = first.split('-').map(Number);
  while (year! < endYear! || (year === endYear && month <= endMonth)) {
    periods.push(period === 'YEAR' ? String(year) : `${year}-${String(month).padStart(2, '0')}`);
    month += period === 'YEAR' ? 12 : period === 'QUARTER' ? 3 : 1;
    if (month > 12) [year, month] = [year! + 1, month - 12];
  }
  return periods;
}

const FILTERS: Record<string, Loose>[] = [
  {},
  { targets: ['japan'] },
  { stances: ['HOSTILE', 'CRITICAL'] },
  { speakers: ['nikolay-nozdrev'] },
  { from: '2024-03', to: '2025' },
  { from: '2024-03-31', to: '2024-04-01' },
  { from: '2024', targets: ['nato'], stances: ['NEUTRAL', 'HOSTILE'] },
  { to: '2023-12' },
  { text: 'Japan' },
  { topics: ['bilateral-relations'] },
];

describe.each([
  ['the seed', () => seedApi],
  ['statements spread over years', () => spreadApi],
])('statementSeries on %s', (_, apiOf) => {
  it.each(FILTERS)('adds up to totalCount, period by period and stance by stance: %j', async (filter) => {
    const api = apiOf();
    const list = ok(await api.query(LIST, { filter })).statements;
    expect(list.totalCount).toBeLessThanOrEqual(100); // every node is read below
    for (const period of PERIODS) {
      const series: Period[] = ok(await api.query(SERIES, { filter, period })).statementSeries;
      expect(series.reduce((sum, p) => sum + p.total, 0)).toBe(list.totalCount);

      const expected = new Map<string, Map<string, number>>();
      for (const node of list.nodes as { date: string; stance: string }[]) {
        const bucket = bucketOf(node.date, period);
        const counts = expected.get(bucket) ?? new Map<string, number>();
        counts.set(node.stance, (counts.get(node.stance) ?? 0) + 1);
        expected.set(bucket, counts);
      }
      const held = [...expected.keys()].sort();
      expect(series.map((p) => p.period)).toEqual(periodsBetween(held[0], held.at(-1), period));
      for (const p of series) {
        const counts = expected.get(p.period) ?? new Map<string, number>();
        expect(p.byStance).toEqual(
          STANCES.filter((s) => counts.has(s)).map((stance) => ({ stance, count: counts.get(stance) })),
        );
        expect(p.total).toBe(p.byStance.reduce((sum, s) => sum + s.count, 0));
      }
    }
  });
});

describe('statementSeries', () => {
  it('per stance matches the list filtered by that stance, at every precision', async () => {
    const series: Period[] = ok(
      await spreadApi.query(SERIES, { filter: { targets: ['japan'] }, period: 'QUARTER' }),
    ).statementSeries;
    for (const stance of STANCES) {
      const list = ok(await spreadApi.query(LIST, { filter: { targets: ['japan'], stances: [stance] } }));
      const counted = series.reduce(
        (sum, p) => sum + (p.byStance.find((s) => s.stance === stance)?.count ?? 0),
        0,
      );
      expect(counted).toBe(list.statements.totalCount);
    }
  });

  it('names periods at their precision, oldest first, a year-only date in January', async () => {
    const filter = { from: '2023', to: '2023' };
    const month: Period[] = ok(await spreadApi.query(SERIES, { filter, period: 'MONTH' })).statementSeries;
    expect(month.map((p) => p.period)).toEqual([
      '2023-01',
      '2023-02',
      '2023-03',
      '2023-04',
      '2023-05',
      '2023-06',
      '2023-07',
      '2023-08',
      '2023-09',
      '2023-10',
      '2023-11',
    ]);
    expect(month.filter((p) => p.total > 0).map((p) => p.period)).toEqual(['2023-01', '2023-11']);
    const year: Period[] = ok(await spreadApi.query(SERIES, { filter, period: 'YEAR' })).statementSeries;
    expect(year).toEqual([{ period: '2023', total: 8, byStance: expect.any(Array) }]);
    const quarter: Period[] = ok(
      await spreadApi.query(SERIES, { filter: { from: '2024-03-31', to: '2024-04-01' }, period: 'QUARTER' }),
    ).statementSeries;
    expect(quarter.map((p) => [p.period, p.total])).toEqual([
      ['2024-01', 4],
      ['2024-04', 4],
    ]);
  });

  it('lists a quiet period between held ones as none held, not as a gap', async () => {
    const filter = { from: '2024-02', to: '2024-12' };
    const month: Period[] = ok(await spreadApi.query(SERIES, { filter, period: 'MONTH' })).statementSeries;
    expect(month.map((p) => p.period)).toEqual([
      '2024-02',
      '2024-03',
      '2024-04',
      '2024-05',
      '2024-06',
      '2024-07',
      '2024-08',
      '2024-09',
      '2024-10',
      '2024-11',
      '2024-12',
    ]);
    expect(month.find((p) => p.period === '2024-05')).toEqual({ period: '2024-05', total: 0, byStance: [] });
  });

  it('is empty when nothing matches, and names a bad date by its argument', async () => {
    expect(ok(await seedApi.query(SERIES, { filter: { targets: ['nobody'] } })).statementSeries).toEqual([]);
    const bad = await seedApi.query(SERIES, { filter: { from: '2025-02-30' } });
    expect(errorText(bad)).toMatch(/filter\.from.*2025-02-30/);
  });
});
