import type { Metadata } from 'next';
import { ExportLinks, FormProblems } from '@/app/components/feed-page';
import { ScrollToHash } from '@/app/components/scroll-to-hash';
import { StanceByMonthPanel } from './stance-by-month-panel';
import { StatementFiltersPanel } from './statement-filters-panel';
import { StatementsFeedPanel } from './statements-feed-panel';
import { parseStatementParams, type SearchParams } from '@/app/lib/search-params';

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
      <StatementFiltersPanel query={query} />
      <FormProblems problems={query.problems} />
      <ExportLinks dataset="statements" noun="statement" params={query.params} />
      <StanceByMonthPanel filter={query.filter} />
      <StatementsFeedPanel query={query} />
      <ScrollToHash />
    </div>
  );
}
