import { MAX_TEXT_LENGTH } from '@/app/lib/list-params';

/**
 * The search box in every page's header: a plain GET form to /search, so it works before the
 * page's scripts load and without them.
 */
export function SiteSearch() {
  return (
    <form role="search" aria-label="Site search" action="/search" method="get" className="site-search">
      <label htmlFor="site-search-words" className="visually-hidden">
        Search the dataset
      </label>
      <input
        id="site-search-words"
        type="search"
        name="q"
        placeholder="Search…"
        maxLength={MAX_TEXT_LENGTH}
      />
      <button type="submit">Search</button>
    </form>
  );
}
