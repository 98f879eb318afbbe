/**
 * How the filtered statements divide by stance, month by month, as the API counts them
 * (statementSeries): every matching statement, one query. The server page and the browser
 * shape the answer the same way; only how it is fetched differs.
 */
import type { StanceMonth } from '@/app/components/charts/stance-by-month-chart';
import type { StanceByMonthPanelQuery } from '@/graphql/__generated__/client/graphql';
import { monthIndexOf, periodLabel } from '@/data/period';

type Series = StanceByMonthPanelQuery['statementSeries'];

export interface StanceCounts {
  months: StanceMonth[];
  /** Statements matching the filter, all of them counted. */
  total: number;
}

/** The API's series as the chart's rows: a count for every stance, 0 where the period has none. */
export function stanceCounts(series: Series): StanceCounts {
  const months = series.map((p) => {
    const month: StanceMonth = {
      month: p.period,
      label: periodLabel(monthIndexOf(p.period), 'MONTH'),
      HOSTILE: 0,
      CRITICAL: 0,
      NEUTRAL: 0,
      SUPPORTIVE: 0,
      CONCILIATORY: 0,
    };
    for (const { stance, count } of p.byStance) month[stance] = count;
    return month;
  });
  return { months, total: series.reduce((sum, p) => sum + p.total, 0) };
}
