/**
 * A pair's tension answers, computed once per version of the data and kept: at a million
 * statements a hot pair has hundreds of thousands of records, too many to read and sort
 * on every request. Any write changes the data version, and with it the cache key.
 */
import type { TensionRecordRow } from './tension-record';
import { currentTension, drivers, referenceDay, timeline, type PeriodValue } from './tension';
import type { TensionDriverValue, TensionPointValue } from './tension';
import { createLru } from './lru';

/** Drivers kept per pair: more than any page asks for (first ≤ 100). */
const DRIVERS_KEPT = 100;
const PAIRS_KEPT = 64;

export interface PairAnalysis {
  recordCount: number;
  tension: number;
  /** The reference day, or null when the pair has no records. */
  asOf: number | null;
  drivers(first: number): TensionDriverValue[];
  timeline(period: PeriodValue, from: string | null, to: string | null): TensionPointValue[];
}

export function analysePair(records: TensionRecordRow[]): PairAnalysis {
  let strongest: TensionDriverValue[] | undefined;
  const timelines = new Map<string, TensionPointValue[]>();
  return {
    recordCount: records.length,
    tension: currentTension(records),
    asOf: referenceDay(records),
    drivers: (first) => (strongest ??= drivers(records, DRIVERS_KEPT)).slice(0, first),
    timeline(period, from, to) {
      const key = `${period}|${from}|${to}`;
      let points = timelines.get(key);
      if (!points) {
        points = timeline(records, period, from, to);
        if (timelines.size > 32) timelines.clear();
        timelines.set(key, points);
      }
      return points;
    },
  };
}

// A hot pair's analysis holds its records (283,444 for Russia–Japan at a million
// statements): keep few.
const cache = createLru<PairAnalysis>(PAIRS_KEPT);

/** The analysis of a pair at a data version (part of `key`), computing it on first use. */
export function cachedPairAnalysis(key: string, load: () => TensionRecordRow[]): PairAnalysis {
  return cache.get(key, () => analysePair(load()));
}
