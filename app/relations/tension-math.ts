/**
 * Reading the tension index at any timeline point from the drivers the API returns: each
 * record's weight at a day is its term in P(t) (docs/tension.md), so the records that moved
 * a past point can be listed without another query. The formula's constants stay in
 * data/tension.ts.
 */
import { dayNumber, toInterval } from '@/data/partial-date';
import { decay } from '@/data/tension';

export type PeriodName = 'MONTH' | 'QUARTER' | 'YEAR';
export const PERIODS: readonly PeriodName[] = ['MONTH', 'QUARTER', 'YEAR'];
export const PERIOD_LABELS: Record<PeriodName, string> = { MONTH: 'Month', QUARTER: 'Quarter', YEAR: 'Year' };

export function parsePeriod(value: unknown, fallback: PeriodName = 'MONTH'): PeriodName {
  return typeof value === 'string' && (PERIODS as readonly string[]).includes(value)
    ? (value as PeriodName)
    : fallback;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2025-04-01" read as a MONTH is "Apr 2025", as a QUARTER "Q2 2025", as a YEAR "2025". */
export function periodLabel(start: string, period: PeriodName): string {
  const year = start.slice(0, 4);
  const month = Number(start.slice(5, 7));
  if (period === 'YEAR') return year;
  if (period === 'QUARTER') return `Q${Math.floor((month - 1) / 3) + 1} ${year}`;
  return `${MONTHS[month - 1]} ${year}`;
}

/** The first day of a period (from its first-day string) and the first day of the next one. */
export function periodSpan(start: string, period: PeriodName): { first: number; next: number } {
  const year = Number(start.slice(0, 4));
  const month = Number(start.slice(5, 7));
  const span = period === 'YEAR' ? 12 : period === 'QUARTER' ? 3 : 1;
  const firstMonth = period === 'YEAR' ? 0 : month - 1;
  return { first: dayNumber(start), next: Date.UTC(year, firstMonth + span, 1) / 86_400_000 };
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
