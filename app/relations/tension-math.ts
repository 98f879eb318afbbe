/**
 * Reading the tension index at any timeline point from the drivers the API returns: each
 * record's weight at a day is its term in P(t) (docs/tension.md), so the records that moved
 * a past point can be listed without another query. The formula's constants stay in
 * data/tension.ts.
 */
import { dayNumber, toInterval } from '@/data/partial-date';
import { decay } from '@/data/tension';
import { monthIndexOf, periodDays, periodLabel as labelOfPeriod, type Period } from '@/data/period';

export type PeriodName = Period;
export const PERIODS: readonly PeriodName[] = ['MONTH', 'QUARTER', 'YEAR'];
export const PERIOD_LABELS: Record<PeriodName, string> = { MONTH: 'Month', QUARTER: 'Quarter', YEAR: 'Year' };

export function parsePeriod(value: unknown, fallback: PeriodName = 'MONTH'): PeriodName {
  return typeof value === 'string' && (PERIODS as readonly string[]).includes(value)
    ? (value as PeriodName)
    : fallback;
}

/** "2025-04-01" read as a MONTH is "Apr 2025", as a QUARTER "Q2 2025", as a YEAR "2025". */
export function periodLabel(start: string, period: PeriodName): string {
  return labelOfPeriod(monthIndexOf(start), period);
}

/** The first day of a period (from its first-day string) and the first day of the next one. */
export function periodSpan(start: string, period: PeriodName): { first: number; next: number } {
  return periodDays(monthIndexOf(start), period);
}

/** The day a timeline point is read on: the period's last day, or `asOf` when it holds it. */
export function pointReadDay(start: string, period: PeriodName, asOf: string | null): number {
  const { first, next } = periodSpan(start, period);
  if (asOf) {
    const asOfDay = dayNumber(toInterval(asOf).start);
    if (first <= asOfDay && asOfDay < next) return asOfDay;
  }
  return next - 1;
}

export interface WeightedRecord {
  date: string;
  intensity: number;
  /** False when another record of its act carries the act's weight: it then weighs 0. */
  carriesAct?: boolean;
}

/**
 * Records dated on or before `day` with their weight at it, largest |weight| first (ties:
 * older first, as the API orders them).
 */
export function weightsAt<T extends WeightedRecord>(
  records: readonly T[],
  day: number,
): (T & { weight: number })[] {
  return records
    .map((r) => ({ record: r, start: dayNumber(toInterval(r.date).start) }))
    .filter(({ start }) => start <= day)
    .map(({ record, start }) => ({
      ...record,
      weight: record.carriesAct === false ? 0 : -record.intensity * decay(day - start),
    }))
    .sort((x, y) => Math.abs(y.weight) - Math.abs(x.weight) || x.date.localeCompare(y.date));
}
