'use client';

import { skipToken, useSuspenseQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useDeferredValue, type ReactNode } from 'react';
import {
  EmptyListAdvice,
  FeedPagination,
  pageHrefs,
  pageRange,
  ReversedRange,
} from '@/app/components/feed-page';
import { EmptyState, ErrorState, Panel } from '@/app/components/panel';
import { StatementItem } from '@/app/components/statement-item';
import { feedVariables } from '@/app/lib/search-params';
import { StatementsFeedPanelDocument } from '@/graphql/__generated__/client/graphql';
import { useStatementQuery } from './use-statement-query';

/**
 * One page of the filtered statements, newest first, read through Apollo Client for the URL.
 * The server's page is already in the cache when this first renders (PreloadQuery). When the
 * URL changes (the filters, the paging links, back and forward), the page shown stays, marked
 * busy, until the new one is read; pages seen before come from the cache.
 */
export function StatementsFeed() {
  const current = useStatementQuery();
  // The list renders for the URL it has read; a newer URL is read in the background.
  const query = useDeferredValue(current);
  const reading = query !== current;
  const variables = feedVariables(query);
  const { data, error } = useSuspenseQuery(
    StatementsFeedPanelDocument,
    query.reversedRange ? skipToken : { variables, errorPolicy: 'all' },
  );

  const panel = (children: ReactNode) => (
    <Panel id="feed" title="Statements" document={StatementsFeedPanelDocument} variables={variables}>
      <p className="visually-hidden" role="status">
        {reading ? 'Reading the statements for the new address…' : ''}
      </p>
      <div aria-busy={reading} className={reading ? 'reading' : undefined}>
        {children}
      </div>
    </Panel>
  );
  if (query.reversedRange) return panel(<ReversedRange path="/statements" query={query} noun="statement" />);
  if (error || !data) {
    // A cursor from an old or edited link is the usual cause: the same filters from the start still read.
    const { firstPage } = pageHrefs('/statements', query, { hasNextPage: false, hasPreviousPage: false });
    return panel(
      <>
        <ErrorState error={error ?? new Error('the API sent no statements')} />
        {(query.after || query.before) && (
          <p>
            <Link href={firstPage}>Back to the first page</Link> of these filters.
          </p>
        )}
      </>,
    );
  }

  const { statements } = data;
  const { first, page } = query;
  const { firstPage, previousPage, nextPage } = pageHrefs('/statements', query, statements.pageInfo);
  const atLeast = statements.totalCountBound === 'AT_LEAST';
  const range = pageRange(
    page,
    first,
    statements.nodes.length,
    statements.totalCount,
    statements.totalCountBound,
  );

  return panel(
    <>
      <p className="note" aria-live="polite">
        {statements.totalCount === 0
          ? 'No statement matches these filters.'
          : `${atLeast ? 'At least ' : ''}${statements.totalCount.toLocaleString('en-US')} ${
              statements.totalCount === 1 ? 'statement matches' : 'statements match'
            }, newest first.${statements.nodes.length > 0 ? ` Showing ${range}.` : ''}${
              atLeast ? ' Counting stops there for words this common; every match can be paged through.' : ''
            }`}
      </p>
      {statements.nodes.length === 0 ? (
        statements.totalCount > 0 ? (
          <EmptyState>
            This page is past the end of the list. <Link href={firstPage}>Back to the first page</Link>.
          </EmptyState>
        ) : (
          <EmptyListAdvice
            path="/statements"
            query={query}
            withAffiliated={statements.totalCountWithAffiliated}
            noun="statement"
          />
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
