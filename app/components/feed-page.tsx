/** The parts the feed screens (statements, events) share around their filters and lists. */
import Link from 'next/link';
import { INCLUDE_AFFILIATES, reversedRangeMessage, toQuery, type FeedQuery } from '@/app/lib/search-params';
import type { Bound } from '@/graphql/__generated__/client/graphql';
import styles from './feed-page.module.css';

/** Why parts of a hand-edited URL were left out; nothing when all of it was understood. */
export function FormProblems({
  problems,
  leftOut = true,
}: {
  problems: readonly string[];
  /** Say "(left out)" after each; off where a problem says itself what was done instead. */
  leftOut?: boolean;
}) {
  if (problems.length === 0) return null;
  return (
    <ul className={styles.problems} role="alert">
      {problems.map((p) => (
        <li key={p}>{leftOut ? `${p} (left out).` : `${p}.`}</li>
      ))}
    </ul>
  );
}

/** Downloads of everything the filters match, under the same parameter names as the screen. */
export function ExportLinks({
  dataset,
  noun,
  params,
  reversed = false,
}: {
  dataset: string;
  noun: string;
  params: FeedQuery['params'];
  /** From lies after To: a download would only be refused, so none is offered. */
  reversed?: boolean;
}) {
  if (reversed) return null;
  const exportQuery = toQuery(params);
  const suffix = exportQuery ? `?${exportQuery}` : '';
  return (
    <p className={styles.exports}>
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

/** What pageHrefs needs of a connection's pageInfo. */
export interface PageLinksInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor?: string | null;
  endCursor?: string | null;
}

/**
 * The first page, the page before this one and the page after it, keeping the filters (and
 * a page size the URL asked for). Back to page 1 is the list's start, with no cursor.
 */
export function pageHrefs(path: string, query: FeedQuery, pageInfo: PageLinksInfo) {
  const { params, first, firstGiven, page } = query;
  const base = { ...params, first: firstGiven ? first : undefined };
  const firstPage = `${path}?${toQuery(base)}`;
  const backToStart = page <= 2 || !pageInfo.startCursor;
  return {
    firstPage,
    previousPage: !pageInfo.hasPreviousPage
      ? undefined
      : backToStart
        ? firstPage
        : `${path}?${toQuery({ ...base, before: pageInfo.startCursor ?? undefined, page: page - 1 })}`,
    nextPage:
      pageInfo.hasNextPage && pageInfo.endCursor
        ? `${path}?${toQuery({ ...base, after: pageInfo.endCursor, page: page + 1 })}`
        : undefined,
  };
}

/** "6–10 of 12": where this page lies in the whole list. */
export function pageRange(
  page: number,
  size: number,
  shown: number,
  total: number,
  /** AT_LEAST when the API stopped counting: `total` is then a floor. */
  bound: Bound = 'EXACT',
): string {
  const start = (page - 1) * size + 1;
  if (bound === 'AT_LEAST') {
    const end = start + shown - 1;
    return `${start.toLocaleString('en-US')}–${end.toLocaleString('en-US')} of at least ${Math.max(total, end).toLocaleString('en-US')}`;
  }
  // A page number from an edited or stale link can put the page past the end of the list: its
  // place is then unknown, and only how many are shown is said.
  if (start + shown - 1 > total)
    return `${shown.toLocaleString('en-US')} of ${total.toLocaleString('en-US')}`;
  return `${start.toLocaleString('en-US')}–${(start + shown - 1).toLocaleString('en-US')} of ${total.toLocaleString('en-US')}`;
}

/** Previous and next page, shown only when there is more than one page. */
export function FeedPagination(props: {
  label: string;
  /** "6–10 of 12", repeated beside the links. */
  range: string;
  previousPage: string | undefined;
  nextPage: string | undefined;
}) {
  const { label, range, previousPage, nextPage } = props;
  if (!previousPage && !nextPage) return null;
  return (
    <nav className={styles.pagination} aria-label={label}>
      {previousPage ? (
        <Link href={previousPage} rel="prev">
          ← Previous page
        </Link>
      ) : (
        <span />
      )}
      <span className="muted">{range}</span>
      {nextPage ? (
        <Link href={nextPage} rel="next">
          Next page →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

/** The message in place of a list when From is after To. */
export function ReversedRange({
  path,
  query,
  noun,
}: {
  path: string;
  query: Pick<FeedQuery, 'params' | 'reversedRange'>;
  noun: string;
}) {
  if (!query.reversedRange) return null;
  const { from, to } = query.reversedRange;
  const swapped = `${path}?${toQuery({ ...query.params, from: to, to: from })}`;
  return (
    <p className="empty-state" role="alert">
      {reversedRangeMessage(from, to, noun)} <Link href={swapped}>Show {`${to} to ${from}`}</Link>.
    </p>
  );
}

/**
 * In place of an empty list whose speaker or actor filter would find records with those who
 * speak for the actor taken in (Russia speaks through its ambassador): how many, as the API
 * counts them, and the link to that view. Without such a count, the usual advice.
 */
export function EmptyListAdvice({
  path,
  query,
  withAffiliated,
  noun,
}: {
  path: string;
  query: Pick<FeedQuery, 'params' | 'first' | 'firstGiven'>;
  withAffiliated: number | null | undefined;
  /** "statement", "event". */
  noun: string;
}) {
  if (!withAffiliated) {
    return (
      <p className="empty-state">
        Try fewer filters, or <Link href={path}>clear them all</Link>.
      </p>
    );
  }
  const href = `${path}?${toQuery({
    ...query.params,
    include: INCLUDE_AFFILIATES,
    first: query.firstGiven ? query.first : undefined,
  })}`;
  const count = `${withAffiliated.toLocaleString('en-US')} ${withAffiliated === 1 ? `${noun} matches` : `${noun}s match`}`;
  return (
    <p className="empty-state" data-part="affiliates-advice">
      With those who speak for it included (an ambassador for his state), {count}:{' '}
      <Link href={href}>include them</Link>.
    </p>
  );
}
