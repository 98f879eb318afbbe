/** The stance-by-month counts the statements screen draws, on the server and in the browser alike. */
import { describe, expect, it } from 'vitest';
import { countStances, STANCE_CHART_LIMIT } from '../../app/statements/stance-months';

type Stance = 'HOSTILE' | 'CRITICAL' | 'NEUTRAL' | 'SUPPORTIVE' | 'CONCILIATORY';

/** A list of statements served 100 a time, as the API pages them. */
function pages(list: { date: string; stance: Stance }[]) {
  const asked: (string | null)[] = [];
  const page = async (after: string | null) => {
    asked.push(after);
    const start = after === null ? 0 : Number(after);
    const nodes = list.slice(start, start + 100);
    const end = start + nodes.length;
    return {
      totalCount: list.length,
      pageInfo: { hasNextPage: end < list.length, endCursor: nodes.length ? String(end) : null },
      nodes,
    };
  };
  return { page, asked };
}

describe('countStances', () => {
  it('counts by month and stance, oldest first, with year-only dates under the year', async () => {
    const { page } = pages([
      { date: '2025-05-05', stance: 'HOSTILE' },
      { date: '2025-05', stance: 'CRITICAL' },
      { date: '2024', stance: 'NEUTRAL' },
      { date: '2025-05-06', stance: 'HOSTILE' },
    ]);
    const counts = await countStances(page);
    expect(counts.total).toBe(4);
    expect(counts.counted).toBe(4);
    expect(counts.months.map((m) => [m.label, m.HOSTILE, m.CRITICAL, m.NEUTRAL])).toEqual([
      ['2024 (no month)', 0, 0, 1],
      ['May 2025', 2, 1, 0],
    ]);
  });

  it('reads page after page, and stops at the limit with the total still known', async () => {
    const many = Array.from({ length: 1234 }, (_, i) => ({
      date: `20${10 + (i % 10)}-01-01`,
      stance: 'CRITICAL' as const,
    }));
    const { page, asked } = pages(many);
    const counts = await countStances(page);
    expect(asked).toHaveLength(STANCE_CHART_LIMIT / 100);
    expect(asked.slice(0, 3)).toEqual([null, '100', '200']);
    expect(counts).toMatchObject({ counted: STANCE_CHART_LIMIT, total: 1234 });
    expect(counts.months.reduce((sum, m) => sum + m.CRITICAL, 0)).toBe(STANCE_CHART_LIMIT);
  });
});
