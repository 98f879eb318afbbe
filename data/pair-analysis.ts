/**
 * A pair's tension answers, computed once per version of the data and kept: at a million
 * statements a hot pair has hundreds of thousands of records, too many to read and sort
 * on every request. Any write changes the data version, and with it the cache key. The
 * records are grouped into acts once; each day the index is read at keeps its own answers.
 * Both caches are bounded in entries and in bytes.
 */
import type { TensionRecordRow } from './tension-record';
import { currentTension, drivers, periodDrivers, pressureAt, timeline, trend } from './tension';
import type { PeriodValue, TensionDriverValue, TensionPointValue, TensionTrendValue } from './tension';
import { groupActs, type ActRecord } from './tension-acts';
import { coverageAt, type CoverageValue } from './tension-coverage';
import { createLru } from './lru';

/** Drivers kept per pair: more than any page asks for (first ≤ 100). */
const DRIVERS_KEPT = 100;
const PAIRS_KEPT = 64;
/** Days read per pair: today, and the few other days analysts name with `asOf`. */
const DAYS_KEPT = 8;
/** What a kept record costs in memory, about: a small object with two date strings. */
const RECORD_BYTES = 160;
/** What a timeline point costs, about. */
const POINT_BYTES = 120;
/** A hot pair at a million statements is about 45 MB; a few of them fit. */
export const PAIR_CACHE_BYTES = 192 * 1024 * 1024;
/** The longest timeline (4,812 months) is about 0.6 MB. */
export const TIMELINE_CACHE_BYTES = 32 * 1024 * 1024;
const TIMELINES_KEPT = 512;

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
  drivers(first: number): TensionDriverValue[];
  timeline(period: PeriodValue, from: string | null, to: string | null): TimelinePoint[];
  /** The index on `asOf` against the end of the period before the one holding it. */
  trend(period: PeriodValue): TensionTrendValue;
}

/** A timeline point that can list the records of its own period that moved it most. */
export interface TimelinePoint extends TensionPointValue {
  drivers(first: number): TensionDriverValue[];
}

export interface PairAnalysis {
  /** Rows read for the pair, for weighing the cache. */
  rowCount: number;
  at(asOf: number): PairReading;
}

const timelines = createLru<TimelinePoint[]>({
  maxEntries: TIMELINES_KEPT,
  maxBytes: TIMELINE_CACHE_BYTES,
  sizeOf: (points) => points.length * POINT_BYTES,
});

/** The analysis of a pair's records; `key` names the pair and the data version, for its timelines. */
export function analysePair(rows: TensionRecordRow[], key = ''): PairAnalysis {
  const records = groupActs(rows);
  // Per-point drivers find a period's records by binary search over their first days.
  let byFirstDay: ActRecord[] | undefined;
  const sorted = () => (byFirstDay ??= [...records].sort((x, y) => x.dateStart.localeCompare(y.dateStart)));
  const readings = createLru<PairReading>({ maxEntries: DAYS_KEPT, maxBytes: 1024 * 1024, sizeOf: () => 0 });
  const readOn = (asOf: number): PairReading => {
    let strongest: TensionDriverValue[] | undefined;
    const coverage = coverageAt(records, asOf);
    return {
      asOf,
      recordCount: coverage.records,
      tension: currentTension(records, asOf),
      pressure: pressureAt(records, asOf),
      coverage,
      drivers: (first) => (strongest ??= drivers(records, DRIVERS_KEPT, asOf)).slice(0, first),
      timeline: (period, from, to) =>
        timelines.get(`${key}|${asOf}|${period}|${from}|${to}`, () =>
          timeline(records, period, from, to, asOf).map((point) => ({
            ...point,
            drivers: (first: number) => periodDrivers(sorted(), point, first),
          })),
        ),
      trend: (period) => trend(records, period, asOf),
    };
  };
  return { rowCount: rows.length, at: (asOf) => readings.get(String(asOf), () => readOn(asOf)) };
}

// A hot pair's analysis holds its records (283,444 for Russia–Japan at a million
// statements): keep few.
const cache = createLru<PairAnalysis>({
  maxEntries: PAIRS_KEPT,
  maxBytes: PAIR_CACHE_BYTES,
  sizeOf: (analysis) => analysis.rowCount * RECORD_BYTES,
});

/** The analysis of a pair at a data version (part of `key`), computing it on first use. */
export function cachedPairAnalysis(key: string, load: () => TensionRecordRow[]): PairAnalysis {
  return cache.get(key, () => analysePair(load(), key));
}

/** What the caches hold now, for tests and monitoring. */
export function pairCacheUsage() {
  return { pairs: cache.usage(), timelines: timelines.usage() };
}
