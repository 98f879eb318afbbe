/**
 * A pair's tension answers. The index, its timeline and its trend read the pair's records
 * summed per first day (records of one day share their age, so their weights add up): a
 * busy pair at a million statements has 280,000 records but a few thousand days. The day sums
 * are kept per version of the data; any write changes the version, and with it the cache key.
 * Drivers and the records behind a timeline point are read when asked for, bounded by the
 * number asked or by the point's period. Caches are bounded in entries and in bytes.
 */
import type { TensionDayRow, TensionRecordRow } from './tension-record';
import {
  currentTension,
  decay,
  drivers,
  HALF_LIFE_DAYS,
  MAX_INTENSITY,
  pressureAt,
  timeline,
  trend,
  weightAt,
} from './tension';
import type { PeriodValue, TensionDriverValue, TensionPointValue, TensionTrendValue } from './tension';
import { groupActs } from './tension-acts';
import { coverageOf, type CoverageValue } from './tension-coverage';
import { dayFromNumber, dayNumber } from './partial-date';
import { createLru, createPromiseLru } from './lru';

/** What the analysis reads of a pair, from the store. Days are "YYYY-MM-DD" first days. */
export interface PairRecordsSource {
  /** The records summed per first day, oldest first, and the distinct voices of them all. */
  days(): Promise<{ days: TensionDayRow[]; voices: Voices }>;
  /** Distinct sources and speakers of the records dated up to `to`. */
  voices(to: string): Promise<Voices>;
  /**
   * The `first` strongest acts weighed on `asOf` whose first day falls in the range (both ends
   * included), each with all of its records.
   */
  strongestActs(
    range: { from?: string; to: string },
    asOf: string,
    first: number,
  ): Promise<TensionRecordRow[]>;
}

interface Voices {
  sources: number;
  speakers: number;
}

/** Drivers read per reading: as many as any page asks for (first ≤ 100). */
const DRIVERS_KEPT = 100;
const PAIRS_KEPT = 256;
/** Days read per pair: today, and the few other days analysts name with `asOf`. */
const DAYS_KEPT = 8;
/** What a kept day costs in memory, about: a small object with two date strings. */
const DAY_BYTES = 200;
/** What a timeline point costs, about. */
const POINT_BYTES = 120;
/** Day sums of every day from 1800 to 2200 would be 30 MB; a busy pair has a few thousand. */
export const PAIR_CACHE_BYTES = 64 * 1024 * 1024;
/** The longest timeline (4,812 months) is about 0.6 MB. */
export const TIMELINE_CACHE_BYTES = 32 * 1024 * 1024;
const TIMELINES_KEPT = 512;

/** A timeline point that can list the records of its own period that moved it most. */
export interface TimelinePoint extends TensionPointValue {
  drivers(first: number): Promise<TensionDriverValue[]>;
}

/** The pair's answers as of one day. */
export interface PairReading {
  /** The day read at (days since the epoch). */
  asOf: number;
  /** Records up to `asOf` that move the index. */
  recordCount: number;
  tension: number;
  /** P(asOf), signed: below 0 when cooperation outweighs hostility (the index then reads 0). */
  pressure: number;
  coverage: CoverageValue;
  drivers(first: number): Promise<TensionDriverValue[]>;
  timeline(period: PeriodValue, from: string | null, to: string | null): TimelinePoint[];
  /** The index on `asOf` against the end of the period before the one holding it. */
  trend(period: PeriodValue): TensionTrendValue;
}

export interface PairAnalysis {
  /** Days kept for the pair, for weighing the cache. */
  dayCount: number;
  at(asOf: number): Promise<PairReading>;
}

const timelines = createLru<TimelinePoint[]>({
  maxEntries: TIMELINES_KEPT,
  maxBytes: TIMELINE_CACHE_BYTES,
  sizeOf: (points) => points.length * POINT_BYTES,
});

/** What a driver costs, about: the weights and a reference to its record. */
const DRIVER_BYTES = 300;
const pointDrivers = createPromiseLru<TensionDriverValue[]>({
  maxEntries: TIMELINES_KEPT * 4,
  maxBytes: 8 * 1024 * 1024,
  sizeOf: (list) => 64 + list.length * DRIVER_BYTES,
});

/** A day's sum as the formula weighs it: one entry adding the acts' intensities together. */
function weighable(day: TensionDayRow) {
  return { dateStart: day.dateStart, intensity: day.counted, records: day.records };
}

/**
 * The `first` records that move the index on `asOf` most, among those dated in `range`.
 * An act loses half its weight every half-life, so one dated a half-life before the latest
 * record weighs at most half of the strongest possible: the store is asked first for the
 * strongest acts of that last half-life only, and the whole range is read only when fewer
 * than `first` acts there outweigh the most any older act could weigh.
 */
async function strongestOf(
  source: PairRecordsSource,
  days: readonly TensionDayRow[],
  range: { from?: string; to: string },
  asOf: number,
  first: number,
): Promise<TensionDriverValue[]> {
  const asOfText = dayFromNumber(asOf);
  const latest = lastDayUpTo(days, range.to);
  if (latest === undefined) return [];
  const windowStart = dayFromNumber(dayNumber(latest.dateStart) - HALF_LIFE_DAYS);
  if (!range.from || range.from < windowStart) {
    const recent = groupActs(await source.strongestActs({ ...range, from: windowStart }, asOfText, first));
    const carriers = recent.filter((record) => record.carriesAct);
    const olderAtMost = MAX_INTENSITY * decay(asOf - dayNumber(windowStart) + 1);
    if (
      carriers.length >= first &&
      carriers.every((record) => Math.abs(weightAt(record, asOf)) > olderAtMost)
    )
      return drivers(recent, first, asOf);
  }
  // The store picks the strongest acts; their records are weighed and ordered by the formula.
  return drivers(groupActs(await source.strongestActs(range, asOfText, first)), first, asOf);
}

/** The last day summed on or before `to` ("YYYY-MM-DD"), by binary search of the sorted days. */
function lastDayUpTo(days: readonly TensionDayRow[], to: string): TensionDayRow | undefined {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (days[middle]!.dateStart <= to) low = middle + 1;
    else high = middle;
  }
  return days[low - 1];
}

/** The analysis of a pair; `key` names the pair and the data version, for its timelines. */
export async function analysePair(source: PairRecordsSource, key = ''): Promise<PairAnalysis> {
  const { days, voices: everyVoice } = await source.days();
  const sums = days.map(weighable);
  const readOn = async (asOf: number): Promise<PairReading> => {
    const asOfText = dayFromNumber(asOf);
    let records = 0;
    let acts = 0;
    let latest: TensionDayRow | undefined;
    for (const day of days) {
      if (day.dateStart > asOfText) break;
      records += day.records;
      acts += day.acts;
      latest = day;
    }
    // Read on or after the last record, the voices are those of every record, counted already.
    const voices =
      records === 0
        ? { sources: 0, speakers: 0 }
        : latest === days.at(-1)
          ? everyVoice
          : await source.voices(asOfText);
    const counts = {
      records,
      acts,
      ...voices,
      latest: latest ? { date: latest.date, day: dayNumber(latest.dateStart) } : null,
    };
    let strongest: Promise<TensionDriverValue[]> | undefined;
    return {
      asOf,
      recordCount: records,
      tension: currentTension(sums, asOf),
      pressure: pressureAt(sums, asOf),
      coverage: coverageOf(counts, asOf),
      drivers: async (first) => {
        if (!strongest) {
          strongest = strongestOf(source, days, { to: asOfText }, asOf, DRIVERS_KEPT);
          strongest.catch(() => (strongest = undefined));
        }
        return (await strongest).slice(0, first);
      },
      timeline: (period, from, to) =>
        timelines.get(`${key}|${asOf}|${period}|${from}|${to}`, () =>
          timeline(sums, period, from, to, asOf).map((point) => ({
            ...point,
            // The records of the point's period up to the day it is read on, weighed then; kept
            // per version, so a drill-down asked again does not read the store again.
            drivers: (first: number) =>
              pointDrivers.get(`${key}|${asOf}|${period}|${point.period}|${first}`, () =>
                strongestOf(
                  source,
                  days,
                  // Records dated after the day read are left out, even for a later point `to` asks for.
                  { from: point.period, to: dayFromNumber(Math.min(point.readDay, point.nextDay - 1, asOf)) },
                  point.readDay,
                  first,
                ),
              ),
          })),
        ),
      trend: (period) => trend(sums, period, asOf),
    };
  };
  const readings = createPromiseLru<PairReading>({
    maxEntries: DAYS_KEPT,
    maxBytes: 1024 * 1024,
    sizeOf: () => 0,
  });
  return { dayCount: days.length, at: (asOf) => readings.get(String(asOf), () => readOn(asOf)) };
}

const cache = createPromiseLru<PairAnalysis>({
  maxEntries: PAIRS_KEPT,
  maxBytes: PAIR_CACHE_BYTES,
  sizeOf: (analysis) => analysis.dayCount * DAY_BYTES,
});

/** The analysis of a pair at a data version (part of `key`), computing it on first use. */
export function cachedPairAnalysis(key: string, source: () => PairRecordsSource): Promise<PairAnalysis> {
  return cache.get(key, () => analysePair(source(), key));
}

/** What the caches hold now, for tests and monitoring. */
export function pairCacheUsage() {
  return { pairs: cache.usage(), timelines: timelines.usage() };
}
