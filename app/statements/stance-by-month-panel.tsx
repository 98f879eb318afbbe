import { ErrorState, Panel } from '@/app/components/panel';
import { StanceByMonthPanelDocument, type StatementFilter } from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';
import { StanceByMonthView } from './stance-by-month-view';
import { stanceCounts } from './stance-months';

/**
 * How the filtered statements divide by stance, month by month: every matching statement,
 * counted by the API in one query. The table below the chart holds the same counts in the
 * server's HTML.
 */
export async function StanceByMonthPanel({ filter }: { filter: StatementFilter }) {
  const variables = { filter };
  try {
    const { statementSeries } = await runOperation(StanceByMonthPanelDocument, variables);
    return <StanceByMonthView filter={filter} counts={stanceCounts(statementSeries)} />;
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
}
