import type { Metadata } from 'next';
import { ApolloProvider } from '@/app/components/apollo-provider';
import { ScrollToHash } from '@/app/components/scroll-to-hash';
import { StanceByMonthPanel } from './stance-by-month-panel';
import { StatementFiltersPanel } from './statement-filters-panel';
import { StatementsFeedPanel } from './statements-feed-panel';
import { DEFAULT_PAGE_SIZE, parseStatementParams, type SearchParams } from '@/app/lib/search-params';
import { LiveFilters } from './live-filters';
import { StatementUrlNotes } from './statement-url-notes';
import { WithinPage } from './within-page';

// Read from the database on every request: the dataset changes under the running app.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Statements' };

/** Every statement, filterable by who said it to whom, about what, how and when. */
export default async function StatementsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const query = parseStatementParams(await searchParams);
  return (
    <div className="feed-page">
      <h1>Statements</h1>
      <p className="lede">
        What each side said about the other, scored for stance and intensity, each tied to the words of its
        source.
      </p>
      {/* The one screen whose lists query from the browser: Apollo Client is mounted here only. */}
      <ApolloProvider>
        <WithinPage path="/statements">
          <LiveFilters path="/statements" defaultPageSize={DEFAULT_PAGE_SIZE}>
            <StatementFiltersPanel query={query} />
          </LiveFilters>
          <StatementUrlNotes />
          <StanceByMonthPanel filter={query.filter} />
          <StatementsFeedPanel query={query} />
        </WithinPage>
      </ApolloProvider>
      <ScrollToHash />
    </div>
  );
}
