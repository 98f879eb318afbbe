/**
 * data/tension.ts on tiny hand-made record lists; every expected number is worked out in
 * the comment beside it from docs/tension.md:
 *   P(t) = sum of -g * 0.5^((t - t_r) / 180),  tension = 100 * (1 - exp(-max(0, P) / 20)).
 */
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../data/partial-date';
import type { TensionRecordRow } from '../../data/store/repositories/relations';
import {
  currentTension,
  drivers,
  HALF_LIFE_DAYS,
  pressureAt,
  PRESSURE_SCALE,
  referenceDay,
  tensionFromPressure,
  timeline,
} from '../../data/tension';

let nextId = 1;
function record(dateStart: string, intensity: number, date = dateStart): TensionRecordRow {
  return { type: 'Statement', id: nextId++, date, dateStart, intensity };
}

const DAY0 = '2025-01-15';

describe('the tension formula (data/tension.ts)', () => {
  it('uses the documented constants: half-life 180 days, scale 20', () => {
    expect(HALF_LIFE_DAYS).toBe(180);
    expect(PRESSURE_SCALE).toBe(20);
  });

  it('reads one threat (-6) alone as 26', () => {
    // P = 6, tension = 100 * (1 - e^(-6/20)) = 100 * (1 - 0.740818...) = 25.918177...
    expect(currentTension([record(DAY0, -6)])).toBeCloseTo(25.918177931828, 9);
  });

  it('halves the pressure of a record after 180 days', () => {
    const threat = [record(DAY0, -6)];
    // P(day 0 + 180) = 6 * 0.5^1 = 3; tension = 100 * (1 - e^(-3/20)) = 13.929202...
    const later = dayNumber(DAY0) + 180;
    expect(pressureAt(threat, later)).toBeCloseTo(3, 12);
    expect(tensionFromPressure(pressureAt(threat, later))).toBeCloseTo(13.929202357494, 9);
    // Before the record is dated it adds nothing.
    expect(pressureAt(threat, dayNumber(DAY0) - 1)).toBe(0);
  });

  it('lets cooperation offset hostility and never goes below 0', () => {
    // -6 and +6 on one day: P = 6 - 6 = 0, tension 0.
    expect(currentTension([record(DAY0, -6), record(DAY0, 6)])).toBe(0);
    // Cooperation alone: P = -4, max(0, P) = 0.
    expect(currentTension([record(DAY0, 4)])).toBe(0);
    expect(currentTension([])).toBe(0);
  });

  it('saturates below 100', () => {
    // Ten acts of war (-10) on one day: P = 100, tension = 100 * (1 - e^-5) = 99.326205...
    const war = Array.from({ length: 10 }, () => record(DAY0, -10));
    expect(currentTension(war)).toBeCloseTo(99.326205300091, 9);
    expect(currentTension(Array.from({ length: 1000 }, () => record(DAY0, -10)))).toBeLessThanOrEqual(100);
  });

  it('reads the index at the latest record, not the wall clock', () => {
    // -6 on 2025-01-15, -4 on 2025-03-01 (45 days later):
    // P = 6 * 0.5^(45/180) + 4 = 6 * 0.840896... + 4 = 9.045378...; tension = 36.381693...
    const records = [record(DAY0, -6), record('2025-03-01', -4)];
    expect(referenceDay(records)).toBe(dayNumber('2025-03-01'));
    expect(currentTension(records)).toBeCloseTo(36.381693854162, 9);
  });

  it('lists drivers by |weight| at the reference day, strongest first', () => {
    const threat = record(DAY0, -6);
    const demand = record('2025-03-01', -4);
    const praise = record('2025-02-01', 5);
    // At 2025-03-01: threat 6 * 0.5^(45/180) = 5.045378...; praise -5 * 0.5^(28/180) = -4.5369...; demand 4.
    const list = drivers([threat, demand, praise], 10);
    expect(list.map((d) => d.record)).toEqual([threat, praise, demand]);
    expect(list[0]!.weight).toBeCloseTo(5.045378491522, 9);
    expect(list[1]!.weight).toBeCloseTo(-5 * 0.5 ** (28 / 180), 12);
    expect(list[2]!.weight).toBe(4);
    expect(drivers([threat, demand, praise], 1)).toHaveLength(1);
  });

  it('builds a monthly timeline read at each month end, and at the reference day last', () => {
    const points = timeline([record(DAY0, -6), record('2025-03-01', -4)], 'MONTH');
    expect(points.map((p) => [p.period, p.recordCount])).toEqual([
      ['2025-01-01', 1],
      ['2025-02-01', 0],
      ['2025-03-01', 1],
    ]);
    // 2025-01-31, 16 days on: P = 6 * 0.5^(16/180) = 5.641479...; tension 24.578211...
    expect(points[0]!.tension).toBeCloseTo(24.578211775727, 9);
    // 2025-02-28, 44 days on: P = 6 * 0.5^(44/180) = 5.064844...; tension 22.372018...
    expect(points[1]!.tension).toBeCloseTo(22.372018622618, 9);
    // 2025-03-01, the reference day: 36.381693..., as currentTension.
    expect(points[2]!.tension).toBeCloseTo(36.381693854162, 9);
  });

  it('counts a month- or year-dated record from its first day', () => {
    // "2025-03" starts on 2025-03-01: the same numbers as a record of that day.
    const monthDated = [record(DAY0, -6), record('2025-03-01', -4, '2025-03')];
    expect(currentTension(monthDated)).toBeCloseTo(36.381693854162, 9);
    expect(timeline(monthDated, 'QUARTER')).toEqual([
      {
        period: '2025-01-01',
        tension: expect.closeTo(36.381693854162, 9),
        recordCount: 2,
        // Read on the reference day; the quarter runs to the day before 2025-04-01.
        readDay: Date.UTC(2025, 2, 1) / 86_400_000,
        nextDay: Date.UTC(2025, 3, 1) / 86_400_000,
      },
    ]);
  });
});
