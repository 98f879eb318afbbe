import { ErrorState, Panel } from '@/app/components/panel';
import { StanceByMonthPanelDocument, type StatementFilter } from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';
import { StanceByMonthLive } from './stance-by-month-live';
import { countStances } from './stance-months';

/**
 * How the filtered statements divide by stance, month by month, counted on the server for the
 * page's first paint; the browser counts again when the filters change (StanceByMonthLive).
 */
export async function StanceByMonthPanel({ filter }: { filter: StatementFilter }) {
  try {
    const counts = await countStances(
      async (after) => (await runOperation(StanceByMonthPanelDocument, { filter, after })).statements,
    );
    return <StanceByMonthLive initial={{ filter, counts }} />;
  } catch (error) {
    return (
      <Panel
        id="stance-by-month"
        title="Stance by month"
        document={StanceByMonthPanelDocument}
        variables={{ filter }}
      >
        <ErrorState error={error} />
      </Panel>
    );
  }
}
