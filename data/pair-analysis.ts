/**
 * A pair's tension answers, computed once per version of the data and kept: at a million
 * statements a hot pair has hundreds of thousands of records, too many to read and sort
 * on every request. Any write changes the data version, and with it the cache key.
 */
import type { TensionRecordRow } from './tension-record';
import {
  currentTension,
  drivers,
  periodDrivers,
  referenceDay,
  timeline,
  trend,
  type PeriodValue,
} from './tension';
import type { TensionDriverValue, TensionPointValue, TensionTrendValue } from './tension';
import { createLru } from './lru';

/** Drivers kept per pair: more than any page asks for (first ≤ 100). */
const DRIVERS_KEPT = 100;
const PAIRS_KEPT = 64;

/** A timeline point that can list the records of its own period that moved it. */
export interface TimelinePoint extends TensionPointValue {
  drivers(first: number): TensionDriverValue[];
}

export interface PairAnalysis {
  recordCount: number;
  tension: number;
  /** The reference day, or null when the pair has no records. */
  asOf: number | null;
  drivers(first: number): TensionDriverValue[];
  timeline(period: PeriodValue, from: string | null, to: string | null): TimelinePoint[];
  /** The index on `day` (the reference day when omitted) against the end of the previous period. */
  trend(period: PeriodValue, day?: number): TensionTrendValue;
}

/** Days since 1970-01-01 of today (UTC). */
function today(): number {
  return Math.floor(Date.now() / 86_400_000);
}

/** `records` must be oldest first, as the store reads them. */
export function analysePair(records: TensionRecordRow[]): PairAnalysis {
  let strongest: TensionDriverValue[] | undefined;
  const timelines = new Map<string, TimelinePoint[]>();
  const asOf = referenceDay(records);
  return {
    recordCount: records.length,
    tension: currentTension(records),
    asOf,
    drivers: (first) => (strongest ??= drivers(records, DRIVERS_KEPT)).slice(0, first),
    timeline(period, from, to) {
      const key = `${period}|${from}|${to}`;
      let points = timelines.get(key);
      if (!points) {
        points = timeline(records, period, from, to).map((point) => ({
          ...point,
          drivers: (first: number) => periodDrivers(records, point, first),
        }));
        if (timelines.size > 32) timelines.clear();
        timelines.set(key, points);
      }
      return points;
    },
    // A pair with no records has no reference day: its (zero) index is compared as of today.
    trend: (period, day) => trend(records, period, day ?? asOf ?? today()),
  };
}

// A hot pair's analysis holds its records (283,444 for Russia–Japan at a million
// statements): keep few.
const cache = createLru<PairAnalysis>(PAIRS_KEPT);

/** The analysis of a pair at a data version (part of `key`), computing it on first use. */
export function cachedPairAnalysis(key: string, load: () => TensionRecordRow[]): PairAnalysis {
  return cache.get(key, () => analysePair(load()));
}
