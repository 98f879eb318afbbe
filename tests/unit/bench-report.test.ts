/**
 * The bench's side-by-side table puts each case's figures for both engines on one row, so the
 * two runs must have measured the same cases in the same order; a mismatch is refused rather
 * than printed against the wrong case.
 */
import { describe, expect, it } from 'vitest';
import type { EngineRun, Row } from '../../scripts/bench/measure';
import { engineTable, sideBySideTable } from '../../scripts/bench/report';

const row = (
  name: string,
  requestsPerSecond: number,
  shareOfFloor: number,
  p99: number,
  meets: boolean,
): Row => ({
  name,
  requestsPerSecond,
  p50: Math.round(p99 / 2),
  p99,
  errors: 0,
  shareOfFloor,
  minShare: name.startsWith('floor') ? 1 : 0.4,
  meets,
});

const run = (rows: Row[], coldMs: number[]): EngineRun => ({
  rows,
  cold: coldMs.map((ms, i) => ({ name: ['stats', 'relation'][i]!, ms })),
  seriesCheck: null,
  load: { start: 0.5, end: 1.2 },
});

const sqlite = run([row('floor', 900, 1, 21, true), row('stats', 880, 0.98, 22, true)], [24, 728]);
const postgres = run([row('floor', 850, 1, 25, true), row('stats', 300, 0.35, 140, false)], [60, 1_500]);

describe('bench tables', () => {
  it('puts both engines of a case on its row, with their shares, p99 and whether each met its budget', () => {
    const lines = sideBySideTable(sqlite, postgres).split('\n');
    expect(lines).toContain('| stats | 40% | 880 | 98% | 22 | 0 | yes | 300 | 35% | 140 | 0 | no |');
    expect(lines).toContain('| relation | 728 | 1500 | ≤ 1,000 |');
  });

  it('refuses runs whose cases differ', () => {
    const other = run([row('floor', 850, 1, 25, true), row('search', 300, 0.35, 40, true)], [60, 900]);
    expect(() => sideBySideTable(sqlite, other)).toThrow(/"stats", "search"/);
  });

  it('keeps the one-engine table with p50 and the cold answers against their bound', () => {
    const lines = engineTable(postgres).split('\n');
    expect(lines).toContain('| stats | 300 | 35% | 40% | 70 | 140 | 0 | no |');
    expect(lines).toContain('| relation | 1500 | no |');
  });
});
