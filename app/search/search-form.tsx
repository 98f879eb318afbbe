import { MAX_TEXT_LENGTH } from '@/app/lib/list-params';

/**
 * The search box of /search: a plain GET form, so a search is a URL and works without scripts.
 * What the API refused in the words is said beside the box, tied to it for screen readers. While
 * it is on the page, the header's box steps aside (globals.css): one search box, holding the words.
 */
export function SearchForm({ words, problem }: { words: string; problem: string | null }) {
  return (
    <form role="search" action="/search" method="get" className="filters page-search" aria-label="Search">
      <label className="field field-wide">
        <span>Words to find</span>
        <input
          type="search"
          name="q"
          defaultValue={words}
          maxLength={MAX_TEXT_LENGTH}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'search-problem' : undefined}
        />
        {problem && (
          <span id="search-problem" className="field-problem" role="alert">
            {problem}
          </span>
        )}
      </label>
      <div className="filter-actions">
        <button type="submit">Search</button>
      </div>
    </form>
  );
}
