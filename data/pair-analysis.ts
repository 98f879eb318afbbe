/**
 * A pair's tension answers, computed once per version of the data and kept: at a million
 * statements a hot pair has hundreds of thousands of records, too many to read and sort
 * on every request. Any write changes the data version, and with it the cache key. The
 * records are grouped into acts once; each day the index is read at keeps its own answers.
 */
import type { TensionRecordRow } from './tension-record';
import { currentTension, drivers, pressureAt, timeline, type PeriodValue } from './tension';
import type { TensionDriverValue, TensionPointValue } from './tension';
import { groupActs } from './tension-acts';
import { coverageAt, type CoverageValue } from './tension-coverage';
import { createLru } from './lru';

/** Drivers kept per pair: more than any page asks for (first ≤ 100). */
const DRIVERS_KEPT = 100;
const PAIRS_KEPT = 64;
/** Days read per pair: today, and the few other days analysts name with `asOf`. */
const DAYS_KEPT = 8;

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
  timeline(period: PeriodValue, from: string | null, to: string | null): TensionPointValue[];
}

export interface PairAnalysis {
  at(asOf: number): PairReading;
}

export function analysePair(rows: TensionRecordRow[]): PairAnalysis {
  const records = groupActs(rows);
  const readings = createLru<PairReading>(DAYS_KEPT);
  const readOn = (asOf: number): PairReading => {
    let strongest: TensionDriverValue[] | undefined;
    const timelines = new Map<string, TensionPointValue[]>();
    const coverage = coverageAt(records, asOf);
    return {
      asOf,
      recordCount: coverage.records,
      tension: currentTension(records, asOf),
      pressure: pressureAt(records, asOf),
      coverage,
      drivers: (first) => (strongest ??= drivers(records, DRIVERS_KEPT, asOf)).slice(0, first),
      timeline(period, from, to) {
        const key = `${period}|${from}|${to}`;
        let points = timelines.get(key);
        if (!points) {
          points = timeline(records, period, from, to, asOf);
          if (timelines.size > 32) timelines.clear();
          timelines.set(key, points);
        }
        return points;
      },
    };
  };
  return { at: (asOf) => readings.get(String(asOf), () => readOn(asOf)) };
}

// A hot pair's analysis holds its records (283,444 for Russia–Japan at a million
// statements): keep few.
const cache = createLru<PairAnalysis>(PAIRS_KEPT);

/** The analysis of a pair at a data version (part of `key`), computing it on first use. */
export function cachedPairAnalysis(key: string, load: () => TensionRecordRow[]): PairAnalysis {
  return cache.get(key, () => analysePair(load()));
}
