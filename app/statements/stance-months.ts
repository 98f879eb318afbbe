/**
 * How the filtered statements divide by stance, month by month, counted from pages of the API's
 * statements (100 a time, up to 1,000 statements). The server page and the browser count the
 * same way; only how a page is fetched differs.
 */
import type { StanceMonth } from '@/app/components/charts/stance-by-month-chart';
import type { StanceByMonthPanelQuery } from '@/graphql/__generated__/client/graphql';

/** The chart reads at most this many statements (ten pages of 100). */
export const STANCE_CHART_LIMIT = 1000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

type Page = StanceByMonthPanelQuery['statements'];

export interface StanceCounts {
  months: StanceMonth[];
  /** Statements counted, at most STANCE_CHART_LIMIT. */
  counted: number;
  /** Statements matching the filter. */
  total: number;
}

/** Reads pages after one another until the list or the limit ends, and counts them. */
export async function countStances(page: (after: string | null) => Promise<Page>): Promise<StanceCounts> {
  let nodes: Page['nodes'] = [];
  let total = 0;
  let after: string | null = null;
  do {
    const statements: Page = await page(after);
    total = statements.totalCount;
    nodes = nodes.concat(statements.nodes);
    after = statements.pageInfo.hasNextPage ? (statements.pageInfo.endCursor ?? null) : null;
  } while (after && nodes.length < STANCE_CHART_LIMIT);
  const counted = nodes.slice(0, STANCE_CHART_LIMIT);
  return { months: byMonth(counted), counted: counted.length, total };
}

/** Counts by "YYYY-MM" (or "YYYY" for year-only dates), oldest first. */
function byMonth(nodes: readonly Page['nodes'][number][]): StanceMonth[] {
  const buckets = new Map<string, StanceMonth>();
  for (const { date, stance } of nodes) {
    const month = date.slice(0, 7);
    let bucket = buckets.get(month);
    if (!bucket) {
      const [year, m] = month.split('-');
      const label = m ? `${MONTHS[Number(m) - 1]} ${year}` : `${year} (no month)`;
      bucket = { month, label, HOSTILE: 0, CRITICAL: 0, NEUTRAL: 0, SUPPORTIVE: 0, CONCILIATORY: 0 };
      buckets.set(month, bucket);
    }
    bucket[stance] += 1;
  }
  return [...buckets.values()].sort((x, y) => x.month.localeCompare(y.month));
}
