'use client';

import { useSuspenseQuery } from '@apollo/client/react';
import { useDeferredValue } from 'react';
import { ErrorState, Panel } from '@/app/components/panel';
import { StanceByMonthPanelDocument } from '@/graphql/__generated__/client/graphql';
import { StanceByMonthView } from './stance-by-month-view';
import { useStatementQuery } from './use-statement-query';

/**
 * The stance-by-month panel for the filters in the URL, read through Apollo Client: one
 * statementSeries query counts every matching statement. The server's answer is in the cache
 * on the first render (PreloadQuery); when the filters change, the chart shown stays, marked
 * busy, until the new counts are in.
 */
export function StanceByMonthLive() {
  const current = useStatementQuery().filter;
  const filter = useDeferredValue(current);
  const reading = filter !== current;
  const variables = { filter };
  const { data, error } = useSuspenseQuery(StanceByMonthPanelDocument, { variables, errorPolicy: 'all' });
  if (error || !data) {
    return (
      <Panel
        id="stance-by-month"
        title="Stance by month"
        document={StanceByMonthPanelDocument}
        variables={variables}
      >
        <ErrorState error={error ?? new Error('the API sent no counts')} />
      </Panel>
    );
  }
  return <StanceByMonthView filter={filter} series={data.statementSeries} reading={reading} />;
}
