import type { Metadata } from 'next';
import { ApolloBoundary } from '@/app/components/apollo-boundary';
import { ScrollToHash } from '@/app/components/scroll-to-hash';
import { DEFAULT_PAGE_SIZE, parseStatementParams, type SearchParams } from '@/app/lib/search-params';
import { LiveFilters } from './live-filters';
import { StanceByMonthPanel } from './stance-by-month-panel';
import { StatementFiltersPanel } from './statement-filters-panel';
import { StatementUrlNotes } from './statement-url-notes';
import { StatementsFeedPanel } from './statements-feed-panel';
import { WithinPage } from './within-page';

// Read from the database on every request: the dataset changes under the running app.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Statements' };

/**
 * Every statement, filterable by who said it to whom, about what, how and when. The server
 * renders the page for its URL; in the browser the filters, paging, back and forward change
 * the URL in place and the chart and the list re-read it through Apollo Client.
 */
export default async function StatementsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const query = parseStatementParams(await searchParams);
  return (
    <div className="feed-page">
      <h1>Statements</h1>
      <p className="lede">
        What each side said about the other, scored for stance and intensity, each tied to the words of its
        source.
      </p>
      <ApolloBoundary>
        <WithinPage path="/statements">
          <LiveFilters path="/statements" defaultPageSize={DEFAULT_PAGE_SIZE}>
            <StatementFiltersPanel query={query} />
          </LiveFilters>
          <StatementUrlNotes />
          <StanceByMonthPanel filter={query.filter} />
          <StatementsFeedPanel query={query} />
        </WithinPage>
      </ApolloBoundary>
      <ScrollToHash />
    </div>
  );
}
