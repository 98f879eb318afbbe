/**
 * The tension index of a pair (docs/tension.md). Each record r scored on the Goldstein
 * scale g_r in [-10, +10] adds pressure that halves every 180 days:
 *
 *   P(t) = sum over records dated <= t of  -g_r * 0.5 ^ ((t - t_r) / 180)
 *   tension(t) = 100 * (1 - exp(-max(0, P(t)) / 20))
 *
 * A record dated by month or year counts from the first day it names. The index is read
 * at the pair's latest record date, not the wall clock, so answers are reproducible.
 */
import { dayFromNumber, dayNumber, toInterval } from './partial-date';
import type { TensionRecordRow } from './tension-record';

/** Days for a record's weight to halve: recent conduct matters more, old grievances fade. */
export const HALF_LIFE_DAYS = 180;
/** Pressure at which the index reaches 1 - 1/e (63): one threat (-6) alone gives 26. */
export const PRESSURE_SCALE = 20;

export type PeriodValue = 'MONTH' | 'QUARTER' | 'YEAR';

export function decay(ageDays: number): number {
  return 0.5 ** (ageDays / HALF_LIFE_DAYS);
}

export function tensionFromPressure(pressure: number): number {
  return 100 * (1 - Math.exp(-Math.max(0, pressure) / PRESSURE_SCALE));
}

/** A record's signed term in P(t): positive for conflict, negative for cooperation. */
export function weightAt(record: Pick<TensionRecordRow, 'dateStart' | 'intensity'>, day: number): number {
  return -record.intensity * decay(day - dayNumber(record.dateStart));
}

export function pressureAt(records: readonly TensionRecordRow[], day: number): number {
  let sum = 0;
  for (const r of records) if (dayNumber(r.dateStart) <= day) sum += weightAt(r, day);
  return sum;
}

/** The day the pair's index is read at: its latest record's first day. */
export function referenceDay(records: readonly TensionRecordRow[]): number | null {
  let latest: number | null = null;
  for (const r of records) {
    const day = dayNumber(r.dateStart);
    if (latest === null || day > latest) latest = day;
  }
  return latest;
}

export function currentTension(records: readonly TensionRecordRow[]): number {
  const day = referenceDay(records);
  return day === null ? 0 : tensionFromPressure(pressureAt(records, day));
}

export interface TensionDriverValue {
  record: TensionRecordRow;
  weight: number;
}

/** The records with the largest |weight| at the reference day, strongest first. */
export function drivers(records: readonly TensionRecordRow[], first: number): TensionDriverValue[] {
  const day = referenceDay(records);
  if (day === null) return [];
  return records
    .map((record) => ({ record, weight: weightAt(record, day) }))
    .sort(
      (x, y) =>
        Math.abs(y.weight) - Math.abs(x.weight) || x.record.dateStart.localeCompare(y.record.dateStart),
    )
    .slice(0, first);
}

/** First day of the period holding `day` ("YYYY-MM-DD"), and of the next one. */
function periodBounds(day: string, period: PeriodValue): { start: string; next: string } {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const pad = (n: number) => String(n).padStart(2, '0');
  if (period === 'YEAR') return { start: `${year}-01-01`, next: `${year + 1}-01-01` };
  const span = period === 'QUARTER' ? 3 : 1;
  const first = month - ((month - 1) % span);
  const nextMonth = first + span;
  const next = nextMonth > 12 ? `${year + 1}-${pad(nextMonth - 12)}-01` : `${year}-${pad(nextMonth)}-01`;
  return { start: `${year}-${pad(first)}-01`, next };
}

export interface TensionPointValue {
  /** First day of the period, "2025-04-01". */
  period: string;
  tension: number;
  recordCount: number;
  /** The day the point's index is read on (day number): the period's last day, or the reference day. */
  readDay: number;
  /** First day of the next period (day number): the period holds the days before it. */
  nextDay: number;
}

/**
 * The index at the end of each period (or at the reference day, for the period holding
 * it), from the first record's period (or `from`) to the reference day's (or `to`).
 * Pressure is carried forward by decay, so the whole series costs one pass.
 */
export function timeline(
  records: readonly TensionRecordRow[],
  period: PeriodValue,
  from: string | null = null,
  to: string | null = null,
): TensionPointValue[] {
  const reference = referenceDay(records);
  if (reference === null) return [];
  const sorted = [...records].sort((x, y) => x.dateStart.localeCompare(y.dateStart));
  const firstDay = from ? toInterval(from).start : sorted[0]!.dateStart;
  const lastDay = to ? toInterval(to).end : dayFromNumber(reference);
  if (firstDay > lastDay) return [];
  const points: TensionPointValue[] = [];
  let pressure = 0;
  let pressureDay = dayNumber(sorted[0]!.dateStart);
  let index = 0;
  let { start, next } = periodBounds(firstDay, period);
  while (start <= lastDay) {
    // The period holding the reference day is read on it; later periods (when `to` asks
    // for them) on their own last day, so the index decays with nothing new.
    const periodEnd = dayNumber(next) - 1;
    const end = dayNumber(start) <= reference && reference <= periodEnd ? reference : periodEnd;
    let count = 0;
    while (index < sorted.length && sorted[index]!.dateStart < next) {
      const r = sorted[index]!;
      const day = dayNumber(r.dateStart);
      if (day > end) break;
      pressure = pressure * decay(day - pressureDay) + -r.intensity;
      pressureDay = day;
      if (r.dateStart >= start) count += 1;
      index += 1;
    }
    const readAt = Math.max(end, pressureDay);
    points.push({
      period: start,
      tension: tensionFromPressure(pressure * decay(readAt - pressureDay)),
      recordCount: count,
      readDay: readAt,
      nextDay: dayNumber(next),
    });
    ({ start, next } = periodBounds(next, period));
  }
  return points;
}

/** Strongest first by |weight|, ties to the older record (a stable sort keeps the store's order), as Relation.drivers. */
function byStrength(x: TensionDriverValue, y: TensionDriverValue): number {
  return Math.abs(y.weight) - Math.abs(x.weight) || x.record.dateStart.localeCompare(y.record.dateStart);
}

/**
 * The records dated in one timeline period that moved its point most: those whose first day
 * falls in [point.period, point.nextDay) and on or before the point's read day, weighed at that
 * day. `sorted` is the pair's records oldest first, so the period's records are one slice.
 */
export function periodDrivers(
  sorted: readonly TensionRecordRow[],
  point: Pick<TensionPointValue, 'period' | 'readDay' | 'nextDay'>,
  first: number,
): TensionDriverValue[] {
  const from = lowerBound(sorted, point.period);
  const inPeriod: TensionDriverValue[] = [];
  for (let i = from; i < sorted.length; i += 1) {
    const record = sorted[i]!;
    const day = dayNumber(record.dateStart);
    if (day >= point.nextDay || day > point.readDay) break;
    inPeriod.push({ record, weight: weightAt(record, point.readDay) });
  }
  return inPeriod.sort(byStrength).slice(0, first);
}

/** Index of the first record whose first day is on or after `day` ("YYYY-MM-DD"). */
function lowerBound(sorted: readonly TensionRecordRow[], day: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.dateStart < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A change in the index smaller than this is reported as steady: it would round away on screen. */
export const STEADY_BELOW = 0.05;

export interface TensionTrendValue {
  /** First day of the period before the one holding the reading day, "2025-10-01". */
  previousPeriod: string;
  previous: number;
  change: number;
  direction: 'RISING' | 'FALLING' | 'STEADY';
}

/**
 * The index on `day` against the index at the end of the previous period (the last day
 * before the period holding `day` starts).
 */
export function trend(
  records: readonly TensionRecordRow[],
  period: PeriodValue,
  day: number,
): TensionTrendValue {
  const { start } = periodBounds(dayFromNumber(day), period);
  const previousEnd = dayNumber(start) - 1;
  const previous = tensionFromPressure(pressureAt(records, previousEnd));
  const change = tensionFromPressure(pressureAt(records, day)) - previous;
  const direction = Math.abs(change) < STEADY_BELOW ? 'STEADY' : change > 0 ? 'RISING' : 'FALLING';
  return {
    previousPeriod: periodBounds(dayFromNumber(previousEnd), period).start,
    previous,
    change,
    direction,
  };
}
