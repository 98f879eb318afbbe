/** The parts the feed screens (statements, events) share around their filters and lists. */
import Link from 'next/link';
import { toQuery, type FeedQuery } from '@/app/lib/search-params';

/** Why parts of a hand-edited URL were ignored; nothing when all of it was understood. */
export function FormProblems({ problems }: { problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <ul className="form-problems" role="alert">
      {problems.map((p) => (
        <li key={p}>{p}</li>
      ))}
    </ul>
  );
}

/** Downloads of everything the filters match, under the same parameter names as the screen. */
export function ExportLinks({
  dataset,
  noun,
  params,
}: {
  dataset: string;
  noun: string;
  params: FeedQuery['params'];
}) {
  const exportQuery = toQuery(params);
  const suffix = exportQuery ? `?${exportQuery}` : '';
  return (
    <p className="export-links">
      <a href={`/api/export/${dataset}.csv${suffix}`} download>
        Download CSV
      </a>
      <a href={`/api/export/${dataset}.json${suffix}`} download>
        Download JSON
      </a>
      <span className="muted">{`(every ${noun} matching these filters)`}</span>
    </p>
  );
}

/**
 * The first page and the page after this one, keeping the filters (and a page size the URL
 * asked for); no next page at the end of the list.
 */
export function pageHrefs(path: string, query: FeedQuery, endCursor: string | null | undefined) {
  const { params, first, firstGiven, page } = query;
  const size = firstGiven ? first : undefined;
  return {
    firstPage: `${path}?${toQuery({ ...params, first: size })}`,
    nextPage: endCursor
      ? `${path}?${toQuery({ ...params, first: size, after: endCursor, page: page + 1 })}`
      : undefined,
  };
}

/** Back to the first page and on to the next, shown only when there is more than one page. */
export function FeedPagination(props: {
  label: string;
  after: string | undefined;
  hasNextPage: boolean;
  firstPage: string;
  nextPage: string | undefined;
}) {
  const { label, after, hasNextPage, firstPage, nextPage } = props;
  if (!after && !hasNextPage) return null;
  return (
    <nav className="pagination" aria-label={label}>
      {after ? <Link href={firstPage}>← Back to first page</Link> : <span />}
      {hasNextPage && nextPage && (
        <Link href={nextPage} rel="next">
          Next page →
        </Link>
      )}
    </nav>
  );
}
