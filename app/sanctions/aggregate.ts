/**
 * The sanctions page's aggregates, computed on the server from the API's raw package records
 * (the page shows those raw numbers beside them, in the tables under each chart).
 */

/** "2022-03-11" or "2022-03" → "2022-Q1"; a date known only to the year has no quarter: null. */
export function quarterOf(date: string): string | null {
  const [year, month] = date.split('-');
  if (!year || !month) return null;
  return `${year}-Q${Math.floor((Number(month) - 1) / 3) + 1}`;
}

/** "2022-Q1" → "Q1 2022". */
export function quarterLabel(quarter: string): string {
  const [year, q] = quarter.split('-');
  return `${q} ${year}`;
}

function nextQuarter(quarter: string): string {
  const [year, q] = quarter.split('-Q').map(Number) as [number, number];
  return q === 4 ? `${year + 1}-Q1` : `${year}-Q${q + 1}`;
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
  const counts = new Map<string, Record<string, number>>();
  let unplaced = 0;
  for (const s of series) {
    for (const p of s.packages) {
      const quarter = quarterOf(p.date);
      if (!quarter) {
        unplaced += 1;
        continue;
      }
      const row = counts.get(quarter) ?? {};
      row[s.key] = (row[s.key] ?? 0) + 1;
      counts.set(quarter, row);
    }
  }
  const quarters = [...counts.keys()].sort();
  const periods: QuarterCounts[] = [];
  const last = quarters.at(-1);
  for (let q = quarters[0]; q && last && q <= last; q = nextQuarter(q)) {
    const row = counts.get(q) ?? {};
    periods.push({
      period: q,
      label: quarterLabel(q),
      counts: Object.fromEntries(series.map((s) => [s.key, row[s.key] ?? 0])),
    });
  }
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
