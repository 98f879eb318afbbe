import { describe, expect, it } from 'vitest';
import { readingParams } from '../../app/relations/reading-params';
import { todayUtc } from '../../app/relations/coverage-words';

describe('a relation reading’s URL parameters', () => {
  it('takes a day and a period as given, the period in any case', () => {
    expect(readingParams({ asOf: '2025-11-11', period: 'year' })).toEqual({
      asOf: '2025-11-11',
      period: 'YEAR',
      problems: [],
    });
    expect(readingParams({})).toEqual({ asOf: undefined, period: 'MONTH', problems: [] });
    expect(readingParams({ asOf: todayUtc().slice(0, 4) }).asOf).toBe(todayUtc().slice(0, 4));
  });

  it('says why a value is left out instead of reading it silently as today or by month', () => {
    const read = readingParams({ asOf: 'banana', period: 'DECADE' });
    expect(read.asOf).toBeUndefined();
    expect(read.period).toBe('MONTH');
    expect(read.problems).toEqual([
      'Day to read the index on: "banana" is not a partial date (expected YYYY, YYYY-MM or YYYY-MM-DD); read as of today instead',
      'Period: "DECADE" is not one of Month, Quarter, Year; shown by month',
    ]);
    expect(readingParams({ asOf: '2025-02-30' }).problems[0]).toContain('has day 30');
  });

  it('refuses a day after today: "current" is never a day to come', () => {
    const next = `${Number(todayUtc().slice(0, 4)) + 1}-01-01`;
    expect(readingParams({ asOf: next })).toMatchObject({
      asOf: undefined,
      problems: [`Day to read the index on: "${next}" is after today; read as of today instead`],
    });
  });
});
