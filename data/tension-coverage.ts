/**
 * How much a pair's index rests on (docs/tension.md, "Coverage"). With nothing between two
 * actors the formula gives 0, which would read as calm; with one interview it gives a number
 * that is one speaker's mood. So the index is sufficient only when it rests on several acts
 * from more than one source; otherwise the dashboard says so in words and shows no number.
 */
import { dayNumber } from './partial-date';
import type { ActRecord } from './tension-acts';

/** Acts (a day's statements by one speaker in one source count once) the index needs. */
export const MIN_ACTS = 3;
/** Distinct sources the index needs: one outlet's reporting alone is one point of view. */
export const MIN_SOURCES = 2;

export interface CoverageValue {
  records: number;
  acts: number;
  sources: number;
  speakers: number;
  /** The latest record's date as it is given (possibly partial), or null. */
  latest: string | null;
  /** Days from the latest record's first day to the day read at, or null. */
  latestAgeDays: number | null;
  sufficient: boolean;
}

/** What coverage is counted from: the records dated up to the day read, and their voices. */
export interface CoverageCounts {
  records: number;
  acts: number;
  sources: number;
  speakers: number;
  /** The latest record's date as given, and its first day (days since the epoch). */
  latest: { date: string; day: number } | null;
}

/** The coverage of what was counted, read on `asOf`: the sufficiency rule in one place. */
export function coverageOf(counts: CoverageCounts, asOf: number): CoverageValue {
  const { latest, ...numbers } = counts;
  return {
    ...numbers,
    latest: latest?.date ?? null,
    latestAgeDays: latest ? asOf - latest.day : null,
    sufficient: counts.acts >= MIN_ACTS && counts.sources >= MIN_SOURCES,
  };
}

/** The coverage of the records dated up to `asOf`. */
export function coverageAt(records: readonly ActRecord[], asOf: number): CoverageValue {
  const sources = new Set<number>();
  const speakers = new Set<number>();
  let count = 0;
  let acts = 0;
  let latest: ActRecord | null = null;
  for (const r of records) {
    if (dayNumber(r.dateStart) > asOf) continue;
    count += 1;
    if (r.carriesAct) acts += 1;
    if (r.sourceId != null) sources.add(r.sourceId);
    if (r.speakerId != null) speakers.add(r.speakerId);
    if (!latest || r.dateStart > latest.dateStart) latest = r;
  }
  return coverageOf(
    {
      records: count,
      acts,
      sources: sources.size,
      speakers: speakers.size,
      latest: latest && { date: latest.date, day: dayNumber(latest.dateStart) },
    },
    asOf,
  );
}
