import Link from 'next/link';
import { FeedPagination, pageHrefs, pageRange, ReversedRange } from '@/app/components/feed-page';
import { EmptyState, ErrorState, Panel } from '@/app/components/panel';
import { StatementItem } from '@/app/components/statement-item';
import {
  StatementsFeedPanelDocument,
  type StatementsFeedPanelQuery,
} from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';
import { pageVariables, type StatementQuery } from '@/app/lib/search-params';

/** One page of the filtered statements, newest first, with Previous and Next links that keep the filters. */
export async function StatementsFeedPanel({ query }: { query: StatementQuery }) {
  const { filter, first, page } = query;
  const variables = { filter, ...pageVariables(query) };
  if (query.reversedRange) {
    return (
      <Panel id="feed" title="Statements" document={StatementsFeedPanelDocument} variables={variables}>
        <ReversedRange path="/statements" query={query} noun="statement" />
      </Panel>
    );
  }
  let statements: StatementsFeedPanelQuery['statements'];
  try {
    ({ statements } = await runOperation(StatementsFeedPanelDocument, variables));
  } catch (error) {
    return (
      <Panel id="feed" title="Statements" document={StatementsFeedPanelDocument} variables={variables}>
        <ErrorState error={error} />
      </Panel>
    );
  }

  const { firstPage, previousPage, nextPage } = pageHrefs('/statements', query, statements.pageInfo);
  const range = pageRange(page, first, statements.nodes.length, statements.totalCount);

  return (
    <Panel id="feed" title="Statements" document={StatementsFeedPanelDocument} variables={variables}>
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
    </Panel>
  );
}
