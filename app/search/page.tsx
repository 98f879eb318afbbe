import type { Metadata } from 'next';
import { ErrorState } from '@/app/components/panel';
import type { SearchParams } from '@/app/lib/search-params';
import { SearchForm } from './search-form';
import { SearchResults } from './search-results';
import { shownWords } from './shown-words';
import { SEARCH_PAGE_SIZE, searchFor } from './search-outcome';

// Read from the database on every request: the dataset changes under the running app.
export const dynamic = 'force-dynamic';

interface SearchPageProps {
  searchParams: Promise<SearchParams>;
}

/** The words of `?q=`: the first given, as typed. */
async function wordsOf(searchParams: Promise<SearchParams>): Promise<string> {
  const { q } = await searchParams;
  return (Array.isArray(q) ? q[0] : q) ?? '';
}

export async function generateMetadata({ searchParams }: SearchPageProps): Promise<Metadata> {
  const words = (await wordsOf(searchParams)).trim();
  return { title: words ? `Search: ${shownWords(words)}` : 'Search' };
}

/** Every kind of record the dataset holds, found by its words, as the API ranks them. */
export default async function SearchPage({ searchParams }: SearchPageProps) {
  const words = await wordsOf(searchParams);
  // Blank words ask nothing: the page says what to type instead of an error about no words.
  const outcome = words.trim() ? await searchFor(words) : null;
  return (
    <div className="feed-page">
      <h1>Search</h1>
      <p className="lede">
        Actors, statements, events, alliances, offices, sanctions and sources, found by the words they hold.
        Every word typed must appear; quotes, a minus, NOT and OR are no operators here.
      </p>
      <SearchForm words={shownWords(words)} problem={outcome?.kind === 'refused' ? outcome.message : null} />
      {outcome === null && (
        <p className="empty-state">Type a word or a name, such as a country, a person or a place.</p>
      )}
      {outcome?.kind === 'found' && (
        <SearchResults words={words} results={outcome.results} pageSize={SEARCH_PAGE_SIZE} />
      )}
      {outcome?.kind === 'failed' && <ErrorState error={outcome.error} />}
    </div>
  );
}
