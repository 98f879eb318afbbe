'use client';

import { useApolloClient, useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useState } from 'react';
import { FeedPagination, pageHrefs, pageRange, ReversedRange } from '@/app/components/feed-page';
import { EmptyState, ErrorState, Panel } from '@/app/components/panel';
import { StatementItem } from '@/app/components/statement-item';
import { pageVariables } from '@/app/lib/search-params';
import {
  StatementsFeedPanelDocument,
  type StatementsFeedPanelQuery,
  type StatementsFeedPanelQueryVariables,
} from '@/graphql/__generated__/client/graphql';
import { useStatementQuery } from './use-statement-query';

/** The page the server read for the URL it was asked, so the first paint needs no request. */
export interface FeedSeed {
  variables: StatementsFeedPanelQueryVariables;
  data: StatementsFeedPanelQuery;
}

/**
 * One page of the filtered statements, newest first, read through Apollo Client from the
 * filters in the URL: when the filters or the page change in the address bar (the filter form,
 * the paging links, back and forward), the browser asks the API for that page and nothing else.
 * Pages already seen come from the cache.
 */
export function StatementsFeed({ seed }: { seed: FeedSeed | null }) {
  const client = useApolloClient();
  // Once per client: the server's page goes into the cache, so rendering on the server and
  // hydrating in the browser both find it there and ask for nothing.
  useState(() => {
    if (seed)
      client.writeQuery({ query: StatementsFeedPanelDocument, variables: seed.variables, data: seed.data });
    return null;
  });

  const query = useStatementQuery();
  const variables = { filter: query.filter, ...pageVariables(query) };
  const { data, previousData, error, loading } = useQuery(StatementsFeedPanelDocument, {
    variables,
    skip: Boolean(query.reversedRange),
  });
  const statements = (data ?? previousData)?.statements;

  const panel = (children: React.ReactNode) => (
    <Panel id="feed" title="Statements" document={StatementsFeedPanelDocument} variables={variables}>
      <div aria-busy={loading}>{children}</div>
    </Panel>
  );
  if (query.reversedRange) return panel(<ReversedRange path="/statements" query={query} noun="statement" />);
  if (error) return panel(<ErrorState error={error} />);
  if (!statements) return panel(<p className="note">Loading statements…</p>);

  const { first, page } = query;
  const { firstPage, previousPage, nextPage } = pageHrefs('/statements', query, statements.pageInfo);
  const range = pageRange(page, first, statements.nodes.length, statements.totalCount);

  return panel(
    <>
      <p className="note" aria-live="polite">
        {statements.totalCount === 0
          ? 'No statement matches these filters.'
          : `${statements.totalCount.toLocaleString('en-US')} ${
              statements.totalCount === 1 ? 'statement matches' : 'statements match'
            }, newest first.${statements.nodes.length > 0 ? ` Showing ${range}.` : ''}`}
      </p>
      {statements.nodes.length === 0 ? (
        statements.totalCount > 0 ? (
          <EmptyState>
            This page is past the end of the list. <Link href={firstPage}>Back to the first page</Link>.
          </EmptyState>
        ) : (
          <EmptyState>
            Try fewer filters, or <Link href="/statements">clear them all</Link>.
          </EmptyState>
        )
      ) : (
        <div className="item-list">
          {statements.nodes.map((s) => (
            <StatementItem key={s.key} statement={s} />
          ))}
        </div>
      )}
      <FeedPagination
        label="Pages of statements"
        range={range}
        previousPage={previousPage}
        nextPage={nextPage}
      />
    </>,
  );
}
