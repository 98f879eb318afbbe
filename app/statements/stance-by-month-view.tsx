import { ChartTable } from '@/app/components/chart-table';
import type { StanceMonth } from '@/app/components/charts/stance-by-month-chart';
import { EmptyState, Panel } from '@/app/components/panel';
import { STANCE_LABELS } from '@/app/components/statement-item';
import { STANCES } from '@/app/lib/search-params';
import { monthIndexOf, periodLabel } from '@/data/period';
import {
  StanceByMonthPanelDocument,
  type StanceByMonthPanelQuery,
  type StatementFilter,
} from '@/graphql/__generated__/client/graphql';
import { StanceChart } from './stance-chart';

type Series = StanceByMonthPanelQuery['statementSeries'];

/**
 * How the filtered statements divide by stance, month by month, as the API counted them: the
 * chart, and the table below it that holds the same counts in the HTML.
 */
export function StanceByMonthView({
  filter,
  series,
  reading = false,
}: {
  filter: StatementFilter;
  series: Series;
  /** The filters changed and the new counts are being read. */
  reading?: boolean;
}) {
  const months = series.map(toMonth);
  const total = series.reduce((sum, p) => sum + p.total, 0);
  const caption = `Statements per month by stance, all ${total.toLocaleString('en-US')} matching`;
  return (
    <Panel
      id="stance-by-month"
      title="Stance by month"
      document={StanceByMonthPanelDocument}
      variables={{ filter }}
    >
      <div aria-busy={reading} className={reading ? 'reading' : undefined}>
        {months.length === 0 ? (
          <EmptyState>No statement matches these filters.</EmptyState>
        ) : (
          <figure className="chart-figure">
            <figcaption>
              {caption}. A statement dated only by year is counted in January of that year.
            </figcaption>
            <StanceChart months={months} />
            <ChartTable caption={caption}>
              <thead>
                <tr>
                  <th scope="col">Month</th>
                  {STANCES.map((s) => (
                    <th scope="col" key={s}>
                      {STANCE_LABELS[s]}
                    </th>
                  ))}
                  <th scope="col">All</th>
                </tr>
              </thead>
              <tbody>
                {series.map((p, i) => (
                  <tr key={p.period}>
                    <th scope="row">{months[i]!.label}</th>
                    {STANCES.map((s) => (
                      <td key={s}>{months[i]![s]}</td>
                    ))}
                    <td>{p.total}</td>
                  </tr>
                ))}
              </tbody>
            </ChartTable>
          </figure>
        )}
      </div>
    </Panel>
  );
}

/** One period of the API's series as the chart's row: a count for every stance, 0 when absent. */
function toMonth(p: Series[number]): StanceMonth {
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
}
