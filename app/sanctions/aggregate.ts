/**
 * The sanctions page's aggregates, computed on the server from the API's raw package records
 * (the page shows those raw numbers beside them, in the tables under each chart).
 */
import {
  clampMonth,
  monthIndexOf,
  periodLabel,
  periodStartIndex,
  periodStarts,
  quarterKey,
} from '@/data/period';

/** The month index of the quarter holding "2022-03-11" or "2022-03"; a date known only to the year has no quarter: null. */
function quarterStartOf(date: string): number | null {
  return date.length < 7 ? null : periodStartIndex(clampMonth(monthIndexOf(date)), 'QUARTER');
}

export interface SeriesPackages {
  key: string;
  packages: ReadonlyArray<{ date: string }>;
}

export interface QuarterCounts {
  period: string;
  label: string;
  counts: Record<string, number>;
}

/**
 * Packages per quarter for each series, every quarter from the first to the last included
 * (quiet quarters count 0, so the time axis is even). Packages dated only to a year cannot be
 * placed in a quarter; they are counted in `unplaced`.
 */
export function packagesPerQuarter(series: readonly SeriesPackages[]): {
  periods: QuarterCounts[];
  unplaced: number;
} {
  const counts = new Map<number, Record<string, number>>();
  let unplaced = 0;
  for (const s of series) {
    for (const p of s.packages) {
      const quarter = quarterStartOf(p.date);
      if (quarter === null) {
        unplaced += 1;
        continue;
      }
      const row = counts.get(quarter) ?? {};
      row[s.key] = (row[s.key] ?? 0) + 1;
      counts.set(quarter, row);
    }
  }
  const quarters = [...counts.keys()];
  const periods: QuarterCounts[] =
    quarters.length === 0
      ? []
      : periodStarts(Math.min(...quarters), Math.max(...quarters), 'QUARTER').map((q) => {
          const row = counts.get(q) ?? {};
          return {
            period: quarterKey(q),
            label: periodLabel(q, 'QUARTER'),
            counts: Object.fromEntries(series.map((s) => [s.key, row[s.key] ?? 0])),
          };
        });
  return { periods, unplaced };
}

export interface PackageCounts {
  key: string;
  date: string;
  title: string;
  designatedIndividuals?: number | null;
  designatedEntities?: number | null;
}

export interface CumulativeRow extends PackageCounts {
  cumulativeIndividuals: number;
  cumulativeEntities: number;
}

/**
 * Running totals of the designations the packages' sources state, in package order (oldest
 * first). A package whose source states no count adds nothing, so the totals are a floor.
 */
export function cumulativeDesignations(packages: readonly PackageCounts[]): CumulativeRow[] {
  let individuals = 0;
  let entities = 0;
  return packages.map((p) => {
    individuals += p.designatedIndividuals ?? 0;
    entities += p.designatedEntities ?? 0;
    return { ...p, cumulativeIndividuals: individuals, cumulativeEntities: entities };
  });
}

/** "Japan → Russia". */
export function regimeName(regime: { imposer: { name: string }; target: { name: string } }): string {
  return `${regime.imposer.name} → ${regime.target.name}`;
}
