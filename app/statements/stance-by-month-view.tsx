import { ChartTable } from '@/app/components/chart-table';
import { EmptyState, Panel } from '@/app/components/panel';
import { STANCE_LABELS } from '@/app/components/statement-item';
import { STANCES } from '@/app/lib/search-params';
import { StanceByMonthPanelDocument, type StatementFilter } from '@/graphql/__generated__/client/graphql';
import { StanceChart } from './stance-chart';
import type { StanceCounts } from './stance-months';

/** The stance-by-month panel: the chart, and the table below it that holds its numbers in the HTML. */
export function StanceByMonthView({
  filter,
  counts,
  busy = false,
}: {
  filter: StatementFilter;
  counts: StanceCounts;
  /** The filters changed and the new counts are on their way. */
  busy?: boolean;
}) {
  const { months, total } = counts;
  const caption = `Statements per month by stance, all ${total.toLocaleString('en-US')} matching`;
  return (
    <Panel
      id="stance-by-month"
      title="Stance by month"
      document={StanceByMonthPanelDocument}
      variables={{ filter }}
    >
      <div aria-busy={busy}>
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
                {months.map((m) => (
                  <tr key={m.month}>
                    <th scope="row">{m.label}</th>
                    {STANCES.map((s) => (
                      <td key={s}>{m[s]}</td>
                    ))}
                    <td>{STANCES.reduce((sum, s) => sum + m[s], 0)}</td>
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
