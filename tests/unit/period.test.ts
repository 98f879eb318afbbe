import { describe, expect, it } from 'vitest';
import {
  FIRST_YEAR,
  LAST_YEAR,
  MAX_PERIOD_STEPS,
  clampMonth,
  firstDayText,
  monthIndexOf,
  periodCount,
  periodDays,
  periodLabel,
  periodStartIndex,
  periodStarts,
  quarterKey,
} from '../../data/period';
import { dayNumber, partialDateProblem } from '../../data/partial-date';

describe('month indexes', () => {
  it('number months as year * 12 + month - 1, whatever the precision', () => {
    expect(monthIndexOf('2025-04-09')).toBe(2025 * 12 + 3);
    expect(monthIndexOf('2025-04')).toBe(2025 * 12 + 3);
    expect(monthIndexOf('2025')).toBe(2025 * 12);
    expect(firstDayText(2025 * 12 + 11)).toBe('2025-12-01');
    expect(firstDayText(2026 * 12)).toBe('2026-01-01');
  });

  it('step over year ends by addition, never through a date string', () => {
    expect(firstDayText(monthIndexOf('9999-12') + 1)).toBe('10000-01-01');
    expect(periodDays(monthIndexOf('2025-12-31'), 'MONTH')).toEqual({
      first: dayNumber('2025-12-01'),
      next: dayNumber('2026-01-01'),
    });
    expect(periodDays(monthIndexOf('2025-11'), 'QUARTER')).toEqual({
      first: dayNumber('2025-10-01'),
      next: dayNumber('2026-01-01'),
    });
    expect(periodDays(monthIndexOf('2024-02'), 'YEAR')).toEqual({
      first: dayNumber('2024-01-01'),
      next: dayNumber('2025-01-01'),
    });
  });

  it('start periods on their first month', () => {
    expect(firstDayText(periodStartIndex(monthIndexOf('2025-05'), 'QUARTER'))).toBe('2025-04-01');
    expect(firstDayText(periodStartIndex(monthIndexOf('2025-05'), 'YEAR'))).toBe('2025-01-01');
    expect(quarterKey(monthIndexOf('2022-03'))).toBe('2022-Q1');
    expect(periodLabel(monthIndexOf('2025-04'), 'MONTH')).toBe('Apr 2025');
    expect(periodLabel(monthIndexOf('2025-04'), 'QUARTER')).toBe('Q2 2025');
    expect(periodLabel(monthIndexOf('2025-04'), 'YEAR')).toBe('2025');
  });
});

describe('walks', () => {
  it('visit every period once, in order', () => {
    const walk = periodStarts(monthIndexOf('2024-11'), monthIndexOf('2025-02'), 'MONTH').map(firstDayText);
    expect(walk).toEqual(['2024-11-01', '2024-12-01', '2025-01-01', '2025-02-01']);
    expect(periodCount(monthIndexOf('2024-11'), monthIndexOf('2025-02'), 'QUARTER')).toBe(2);
    expect(periodStarts(monthIndexOf('2025-02'), monthIndexOf('2024-11'), 'MONTH')).toEqual([]);
  });

  it('cover the whole date range within the bound, and refuse anything longer', () => {
    const whole = periodStarts(FIRST_YEAR * 12, LAST_YEAR * 12 + 11, 'MONTH');
    expect(whole).toHaveLength(MAX_PERIOD_STEPS);
    expect(() => periodStarts(monthIndexOf('2022-01'), monthIndexOf('9999-12'), 'MONTH')).toThrow(RangeError);
    expect(() => periodStarts(0, monthIndexOf('9999-12'), 'YEAR')).toThrow(RangeError);
  });

  it('clamp months stored outside the range into it', () => {
    expect(clampMonth(monthIndexOf('9999-12'))).toBe(LAST_YEAR * 12 + 11);
    expect(clampMonth(monthIndexOf('0000'))).toBe(FIRST_YEAR * 12);
  });
});

describe('the date range', () => {
  it.each(['1799', '2201', '9999', '0000', '9999-12-31'])('%s is refused, naming the range', (date) => {
    expect(partialDateProblem(date)).toMatch(/years run 1800 to 2200/);
  });

  it.each(['1800', '2200-12-31', '1945-08', '2025-04-09'])('%s is accepted', (date) => {
    expect(partialDateProblem(date)).toBeNull();
  });
});
