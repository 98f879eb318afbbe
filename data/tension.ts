/**
 * The tension index of a pair (docs/tension.md). Each record r scored on the Goldstein
 * scale g_r in [-10, +10] adds pressure that halves every 180 days:
 *
 *   P(t) = sum over records dated <= t of  -g_r * 0.5 ^ ((t - t_r) / 180)
 *   tension(t) = 100 * (1 - exp(-max(0, P(t)) / 20))
 *
 * A record dated by month or year counts from the first day it names. Every reading takes
 * its day, `asOf` (today unless the caller names another), and ignores records dated after
 * it. Statements of one speaker, source and date count once (data/tension-acts.ts): a
 * record's `countedIntensity`, when set, is what it adds.
 */
import { dayFromNumber, dayNumber, toInterval } from './partial-date';
import {
  clampMonth,
  firstDayNumber,
  firstDayText,
  monthIndexOf,
  periodDays,
  periodStartIndex,
  periodStarts,
} from './period';
import type { TensionRecordRow } from './tension-record';
import type { ActRecord } from './tension-acts';

/** Days for a record's weight to halve: recent conduct matters more, old grievances fade. */
export const HALF_LIFE_DAYS = 180;
/** The Goldstein scale's bound: no record's |intensity| is larger. */
export const MAX_INTENSITY = 10;
/** Pressure at which the index reaches 1 - 1/e (63): one threat (-6) alone gives 26. */
export const PRESSURE_SCALE = 20;

export type PeriodValue = 'MONTH' | 'QUARTER' | 'YEAR';

export function decay(ageDays: number): number {
  return 0.5 ** (ageDays / HALF_LIFE_DAYS);
}

export function tensionFromPressure(pressure: number): number {
  return 100 * (1 - Math.exp(-Math.max(0, pressure) / PRESSURE_SCALE));
}

/**
 * What the formula weighs: a record, or a day's records summed (`records` of them, adding
 * `countedIntensity` together), which weigh the same since they share their age.
 */
type Weighable = Pick<TensionRecordRow, 'dateStart' | 'intensity'> & {
  countedIntensity?: number;
  records?: number;
};

/** The intensity a record adds to P: 0 when a stronger record of its act carries the act. */
function counted(record: Weighable): number {
  return record.countedIntensity ?? record.intensity;
}

/** A record's signed term in P(t): positive for conflict, negative for cooperation. */
export function weightAt(record: Weighable, day: number): number {
  const intensity = counted(record);
  // A record that adds nothing weighs 0, not -0.
  return intensity === 0 ? 0 : -intensity * decay(day - dayNumber(record.dateStart));
}

export function pressureAt(records: readonly Weighable[], day: number): number {
  let sum = 0;
  for (const r of records) if (dayNumber(r.dateStart) <= day) sum += weightAt(r, day);
  return sum;
}

/** The first day of the pair's latest record dated on or before `asOf`, or null. */
export function latestRecordDay(records: readonly TensionRecordRow[], asOf = Infinity): number | null {
  let latest: number | null = null;
  for (const r of records) {
    const day = dayNumber(r.dateStart);
    if (day <= asOf && (latest === null || day > latest)) latest = day;
  }
  return latest;
}

/** The index on day `asOf`. */
export function currentTension(records: readonly Weighable[], asOf: number): number {
  return tensionFromPressure(pressureAt(records, asOf));
}

export interface TensionDriverValue {
  record: ActRecord;
  weight: number;
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
 * The index at the end of each period (or at `asOf`, for the period holding it), from the
 * first record's period (or `from`) to the period holding `asOf` (or `to`). Pressure is
 * carried forward by decay, so the whole series costs one pass.
 */
export function timeline(
  records: readonly Weighable[],
  period: PeriodValue,
  from: string | null,
  to: string | null,
  asOf: number,
): TensionPointValue[] {
  const reference = asOf;
  const sorted = records
    .filter((r) => dayNumber(r.dateStart) <= asOf)
    .sort((x, y) => x.dateStart.localeCompare(y.dateStart));
  if (sorted.length === 0) return [];
  const firstDay = from ? toInterval(from).start : sorted[0]!.dateStart;
  const lastDay = to ? toInterval(to).end : dayFromNumber(reference);
  if (firstDay > lastDay) return [];
  const points: TensionPointValue[] = [];
  let pressure = 0;
  let pressureDay = dayNumber(sorted[0]!.dateStart);
  let index = 0;
  // Rows stored before dates had a range may lie outside it; the walk never does.
  const walk = periodStarts(clampMonth(monthIndexOf(firstDay)), clampMonth(monthIndexOf(lastDay)), period);
  for (const startMonth of walk) {
    const { first, next } = periodDays(startMonth, period);
    // The period holding the reference day is read on it; later periods (when `to` asks
    // for them) on their own last day, so the index decays with nothing new.
    const periodEnd = next - 1;
    const end = first <= reference && reference <= periodEnd ? reference : periodEnd;
    let count = 0;
    while (index < sorted.length) {
      const r = sorted[index]!;
      const day = dayNumber(r.dateStart);
      if (day >= next || day > end) break;
      pressure = pressure * decay(day - pressureDay) + -counted(r);
      pressureDay = day;
      if (day >= first) count += r.records ?? 1;
      index += 1;
    }
    const readAt = Math.max(end, pressureDay);
    points.push({
      period: firstDayText(startMonth),
      tension: tensionFromPressure(pressure * decay(readAt - pressureDay)),
      recordCount: count,
      readDay: readAt,
      nextDay: next,
    });
  }
  return points;
}

/** Strongest act first at `day`; within an act, its carrier first, then by |intensity|; ties to the older record. */
function byActStrength(day: number) {
  const strength = (r: ActRecord) => Math.abs(r.actIntensity * decay(day - dayNumber(r.dateStart)));
  return (x: ActRecord, y: ActRecord): number =>
    strength(y) - strength(x) ||
    x.dateStart.localeCompare(y.dateStart) ||
    Number(y.carriesAct) - Number(x.carriesAct) ||
    Math.abs(y.intensity) - Math.abs(x.intensity);
}

/**
 * The records dated up to `asOf` by the |weight| of their act at it, strongest first; within
 * an act, the record carrying it first, the others (weight 0) after it.
 */
export function drivers(records: readonly ActRecord[], first: number, asOf: number): TensionDriverValue[] {
  return records
    .filter((record) => dayNumber(record.dateStart) <= asOf)
    .sort(byActStrength(asOf))
    .slice(0, first)
    .map((record) => ({ record, weight: weightAt(record, asOf) }));
}

/** A change in the index smaller than this is reported as steady: it would round away on screen. */
export const STEADY_BELOW = 0.05;

export interface TensionTrendValue {
  /** First day of the period before the one holding the reading day, "2025-10-01". */
  previousPeriod: string;
  previous: number;
  change: number;
  direction: 'RISING' | 'FALLING' | 'STEADY';
  /**
   * Records that move the index dated after the previous period's end, up to the reading day.
   * 0 means nothing new happened: only decay moved the index, and a fall is old pressure
   * fading, not easing.
   */
  newRecords: number;
}

/**
 * The index on `day` against the index at the end of the previous period (the last day
 * before the period holding `day` starts).
 */
export function trend(records: readonly Weighable[], period: PeriodValue, day: number): TensionTrendValue {
  const start = periodStartIndex(monthIndexOf(dayFromNumber(day)), period);
  const previousEnd = firstDayNumber(start) - 1;
  const previous = currentTension(records, previousEnd);
  const change = currentTension(records, day) - previous;
  const direction = Math.abs(change) < STEADY_BELOW ? 'STEADY' : change > 0 ? 'RISING' : 'FALLING';
  let newRecords = 0;
  for (const r of records) {
    const recordDay = dayNumber(r.dateStart);
    if (recordDay > previousEnd && recordDay <= day) newRecords += r.records ?? 1;
  }
  return {
    previousPeriod: firstDayText(periodStartIndex(monthIndexOf(dayFromNumber(previousEnd)), period)),
    previous,
    change,
    direction,
    newRecords,
  };
}
