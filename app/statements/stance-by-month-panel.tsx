// Types only: the chart module is a client module, its values are not readable here.
import type { StanceMonth } from '@/app/components/charts/stance-by-month-chart';
import { ChartTable } from '@/app/components/chart-table';
import { EmptyState, ErrorState, Panel } from '@/app/components/panel';
import {
  StanceByMonthPanelDocument,
  type StanceByMonthPanelQuery,
  type StatementFilter,
} from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';
import { STANCE_LABELS } from '@/app/components/statement-item';
import { STANCES } from '@/app/lib/search-params';
import { StanceChart } from './stance-chart';
import { monthIndexOf, periodLabel } from '@/data/period';

/** The chart reads at most this many statements (ten pages of 100). */
const LIMIT = 1000;

type Node = StanceByMonthPanelQuery['statements']['nodes'][number];

/**
 * How the filtered statements divide by stance, month by month. The counts come from paging
 * through the API (100 a time, up to 1,000 statements); the table below the chart holds them
 * in the server's HTML.
 */
export async function StanceByMonthPanel({ filter }: { filter: StatementFilter }) {
  const variables = { filter };
  let nodes: Node[] = [];
  let total = 0;
  try {
    let after: string | null = null;
    do {
      const { statements }: StanceByMonthPanelQuery = await runOperation(StanceByMonthPanelDocument, {
        filter,
        after,
      });
      total = statements.totalCount;
      nodes = nodes.concat(statements.nodes);
      after = statements.pageInfo.hasNextPage ? (statements.pageInfo.endCursor ?? null) : null;
    } while (after && nodes.length < LIMIT);
  } catch (error) {
    return (
      <Panel
        id="stance-by-month"
        title="Stance by month"
        document={StanceByMonthPanelDocument}
        variables={variables}
      >
        <ErrorState error={error} />
      </Panel>
    );
  }

  const months = byMonth(nodes.slice(0, LIMIT));
  const caption = `Statements per month by stance${nodes.length < total ? `, the newest ${nodes.length} of ${total}` : ''}`;

  return (
    <Panel
      id="stance-by-month"
      title="Stance by month"
      document={StanceByMonthPanelDocument}
      variables={variables}
    >
      {months.length === 0 ? (
        <EmptyState>No statement matches these filters.</EmptyState>
      ) : (
        <figure className="chart-figure">
          <figcaption>{caption}. Statements dated only by year are counted under the year.</figcaption>
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
          {nodes.length < total && (
            <p className="note">
              The chart counts the newest {nodes.length.toLocaleString('en-US')} of{' '}
              {total.toLocaleString('en-US')} matching statements; narrow the filters to chart them all.
            </p>
          )}
        </figure>
      )}
    </Panel>
  );
}

/** Counts by "YYYY-MM" (or "YYYY" for year-only dates), oldest first. */
function byMonth(nodes: readonly Node[]): StanceMonth[] {
  const buckets = new Map<string, StanceMonth>();
  for (const { date, stance } of nodes) {
    const month = date.slice(0, 7);
    let bucket = buckets.get(month);
    if (!bucket) {
      const label = month.length > 4 ? periodLabel(monthIndexOf(month), 'MONTH') : `${month} (no month)`;
      bucket = { month, label, HOSTILE: 0, CRITICAL: 0, NEUTRAL: 0, SUPPORTIVE: 0, CONCILIATORY: 0 };
      buckets.set(month, bucket);
    }
    bucket[stance] += 1;
  }
  return [...buckets.values()].sort((x, y) => x.month.localeCompare(y.month));
}
