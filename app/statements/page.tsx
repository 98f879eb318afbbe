import type { Metadata } from 'next';
import { ScrollToHash } from './scroll-to-hash';
import { StanceByMonthPanel } from './stance-by-month-panel';
import { StatementFiltersPanel } from './statement-filters-panel';
import { StatementsFeedPanel } from './statements-feed-panel';
import { parseStatementParams, toQuery, type SearchParams } from './search-params';

// Read from the database on every request: the dataset changes under the running app.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Statements' };

/** Every statement, filterable by who said it to whom, about what, how and when. */
export default async function StatementsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const query = parseStatementParams(await searchParams);
  const exportQuery = toQuery(query.params);
  const suffix = exportQuery ? `?${exportQuery}` : '';

  return (
    <div className="feed-page">
      <h1>Statements</h1>
      <p className="lede">
        What each side said about the other, scored for stance and intensity, each tied to the words of its
        source.
      </p>
      <StatementFiltersPanel query={query} />
      {query.problems.length > 0 && (
        <ul className="form-problems" role="alert">
          {query.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <p className="export-links">
        <a href={`/api/export/statements.csv${suffix}`} download>
          Download CSV
        </a>
        <a href={`/api/export/statements.json${suffix}`} download>
          Download JSON
        </a>
        <span className="muted">(every statement matching these filters)</span>
      </p>
      <StanceByMonthPanel filter={query.filter} />
      <StatementsFeedPanel query={query} />
      <ScrollToHash />
    </div>
  );
}
