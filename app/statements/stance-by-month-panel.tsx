import { PreloadQuery } from '@/app/apollo-server-client';
import { StanceByMonthPanelDocument, type StatementFilter } from '@/graphql/__generated__/client/graphql';
import { StanceByMonthLive } from './stance-by-month-live';

/**
 * How the filtered statements divide by stance, month by month: counted by the API on the
 * server for the first paint, its answer handed to the browser's Apollo cache, where the
 * chart reads it again when the filters change.
 */
export function StanceByMonthPanel({ filter }: { filter: StatementFilter }) {
  return (
    <PreloadQuery query={StanceByMonthPanelDocument} variables={{ filter }} errorPolicy="all">
      <StanceByMonthLive />
    </PreloadQuery>
  );
}
