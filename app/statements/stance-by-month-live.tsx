'use client';

import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { ErrorState, Panel } from '@/app/components/panel';
import { StanceByMonthPanelDocument, type StatementFilter } from '@/graphql/__generated__/client/graphql';
import { StanceByMonthView } from './stance-by-month-view';
import { stanceCounts, type StanceCounts } from './stance-months';
import { useStatementQuery } from './use-statement-query';

/**
 * The stance-by-month panel for the filters in the URL. The server counted the filters the
 * page was loaded with; when they change in the browser, the series is read again through
 * Apollo Client (cached per filter) and the old chart stays, marked busy, until it is in.
 */
export function StanceByMonthLive({
  initial,
}: {
  initial: { filter: StatementFilter; counts: StanceCounts };
}) {
  const client = useApolloClient();
  const { filter } = useStatementQuery();
  const key = JSON.stringify(filter);
  const [shown, setShown] = useState({ key: JSON.stringify(initial.filter), counts: initial.counts });
  const [failure, setFailure] = useState<{ key: string; error: unknown } | null>(null);

  useEffect(() => {
    if (key === shown.key) return;
    let current = true;
    client
      .query({ query: StanceByMonthPanelDocument, variables: { filter } })
      .then(({ data }) => {
        if (!data) throw new Error('the statements could not be counted');
        return stanceCounts(data.statementSeries);
      })
      .then(
        (counts) => current && setShown({ key, counts }),
        (error: unknown) => current && setFailure({ key, error }),
      );
    return () => {
      current = false;
    };
    // `filter` is what `key` spells: the effect runs when the filters change.
  }, [key, client]);

  if (failure?.key === key) {
    return (
      <Panel
        id="stance-by-month"
        title="Stance by month"
        document={StanceByMonthPanelDocument}
        variables={{ filter }}
      >
        <ErrorState error={failure.error} />
      </Panel>
    );
  }
  return <StanceByMonthView filter={filter} counts={shown.counts} busy={shown.key !== key} />;
}
