import Link from 'next/link';
import { EmptyState, ErrorState, Panel } from '@/app/components/panel';
import {
  EventsTimelinePanelDocument,
  type EventsTimelinePanelQuery,
} from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';
import { toQuery } from '../statements/search-params';
import { EventItem } from './event-item';
import type { EventQuery } from './search-params';

type Event = EventsTimelinePanelQuery['events']['nodes'][number];

/** The filtered events as a timeline, newest first, grouped by year. */
export async function EventsTimelinePanel({ query }: { query: EventQuery }) {
  const { filter, first, after, page, firstGiven, params } = query;
  const variables = { filter, first, after };
  let events: EventsTimelinePanelQuery['events'];
  try {
    ({ events } = await runOperation(EventsTimelinePanelDocument, variables));
  } catch (error) {
    return (
      <Panel id="timeline" title="Timeline" document={EventsTimelinePanelDocument} variables={variables}>
        <ErrorState error={error} />
      </Panel>
    );
  }

  const years = groupByYear(events.nodes);
  const size = firstGiven ? first : undefined;
  const firstPage = `/events?${toQuery({ ...params, first: size })}`;
  const nextPage = events.pageInfo.endCursor
    ? `/events?${toQuery({ ...params, first: size, after: events.pageInfo.endCursor, page: page + 1 })}`
    : undefined;
  const start = (page - 1) * first + 1;

  return (
    <Panel id="timeline" title="Timeline" document={EventsTimelinePanelDocument} variables={variables}>
      <p className="note" aria-live="polite">
        {events.totalCount === 0
          ? 'No event matches these filters.'
          : `${events.totalCount.toLocaleString('en-US')} ${events.totalCount === 1 ? 'event matches' : 'events match'}, newest first.${
              events.nodes.length > 0 && (after || events.pageInfo.hasNextPage)
                ? ` Showing ${start}–${start + events.nodes.length - 1}, page ${page}.`
                : ''
            }`}
      </p>
      {events.nodes.length === 0 ? (
        <EmptyState>
          Try fewer filters, or <Link href="/events">clear them all</Link>.
        </EmptyState>
      ) : (
        <ol className="timeline">
          {years.map(([year, list]) => (
            <li key={year} className="timeline-year">
              <h3 className="timeline-year-heading" id={`year-${year}`}>
                {year}
              </h3>
              <ol className="timeline-events" aria-labelledby={`year-${year}`}>
                {list.map((e) => (
                  <li key={e.key}>
                    <EventItem event={e} headingLevel={4} />
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      )}
      {(after || events.pageInfo.hasNextPage) && (
        <nav className="pagination" aria-label="Pages of events">
          {after ? <Link href={firstPage}>← Back to first page</Link> : <span />}
          {events.pageInfo.hasNextPage && nextPage && (
            <Link href={nextPage} rel="next">
              Next page →
            </Link>
          )}
        </nav>
      )}
    </Panel>
  );
}

function groupByYear(events: readonly Event[]): [string, Event[]][] {
  const years = new Map<string, Event[]>();
  for (const e of events) {
    const year = e.date.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), e]);
  }
  return [...years.entries()];
}
