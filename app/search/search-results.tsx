import Link from 'next/link';
import { EmptyState } from '@/app/components/panel';
import { searchEntry, type SearchResult } from './search-entry';

/**
 * The records found, in the order the API ranked them. The API says neither how many matched
 * nor whether more did, so a full page says only that it is the first so many.
 */
export function SearchResults({
  words,
  results,
  pageSize,
}: {
  words: string;
  results: SearchResult[];
  pageSize: number;
}) {
  if (results.length === 0) {
    return <EmptyState>Nothing matches “{words}”.</EmptyState>;
  }
  const entries = results.map(searchEntry);
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading">Results for “{words}”</h2>
      <p className="note">
        {results.length < pageSize
          ? `${results.length} found, best match first.`
          : `The first ${pageSize} found, best match first; more may match. Add a word to narrow the search.`}
      </p>
      <ol className="record-list item-list">
        {entries.map((entry, rank) => (
          <li key={`${rank}-${entry.href}`} className="record-card">
            <h3 className="record-title">
              <Link href={entry.href} prefetch={false}>
                {entry.name}
              </Link>
            </h3>
            <p className="meta-row">
              <span className="badge">{entry.kind}</span>
              {entry.date && <span>{entry.date}</span>}
              {entry.detail && <span>{entry.detail}</span>}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
