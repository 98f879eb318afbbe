import Link from 'next/link';
import { FeedPagination, pageHrefs } from '@/app/components/feed-page';
import { EmptyState, ErrorState, Panel } from '@/app/components/panel';
import { StatementItem } from '@/app/components/statement-item';
import {
  StatementsFeedPanelDocument,
  type StatementsFeedPanelQuery,
} from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';
import type { StatementQuery } from '@/app/lib/search-params';

/** One page of the filtered statements, newest first, with Next and Back links that keep the filters. */
export async function StatementsFeedPanel({ query }: { query: StatementQuery }) {
  const { filter, first, after, page } = query;
  const variables = { filter, first, after };
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

  const start = (page - 1) * first + 1;
  const end = start + statements.nodes.length - 1;
  const { firstPage, nextPage } = pageHrefs('/statements', query, statements.pageInfo.endCursor);

  return (
    <Panel id="feed" title="Statements" document={StatementsFeedPanelDocument} variables={variables}>
      <p className="note" aria-live="polite">
        {statements.totalCount === 0
          ? 'No statement matches these filters.'
          : `${statements.totalCount.toLocaleString('en-US')} ${
              statements.totalCount === 1 ? 'statement matches' : 'statements match'
            }, newest first. ${statements.nodes.length > 0 ? `Showing ${start}–${end}, page ${page}.` : ''}`}
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
        after={after}
        hasNextPage={statements.pageInfo.hasNextPage}
        firstPage={firstPage}
        nextPage={nextPage}
      />
    </Panel>
  );
}
