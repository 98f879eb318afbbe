import {
  EmptyListAdvice,
  FeedPagination,
  pageHrefs,
  pageRange,
  ReversedRange,
} from '@/app/components/feed-page';
import { ErrorState, Panel } from '@/app/components/panel';
import {
  EventsTimelinePanelDocument,
  type EventsTimelinePanelQuery,
} from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';
import { EventItem } from './event-item';
import styles from './events-timeline.module.css';
import { pageVariables, type EventQuery } from '@/app/lib/search-params';

type Event = EventsTimelinePanelQuery['events']['nodes'][number];

/** The filtered events as a timeline, newest first, grouped by year. */
export async function EventsTimelinePanel({ query }: { query: EventQuery }) {
  const { filter, first, page } = query;
  const variables = { filter, ...pageVariables(query) };
  if (query.reversedRange) {
    return (
      <Panel id="timeline" title="Timeline" document={EventsTimelinePanelDocument} variables={variables}>
        <ReversedRange path="/events" query={query} noun="event" />
      </Panel>
    );
  }
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
  const { previousPage, nextPage } = pageHrefs('/events', query, events.pageInfo);
  const range = pageRange(page, first, events.nodes.length, events.totalCount);
  const paged = events.pageInfo.hasPreviousPage || events.pageInfo.hasNextPage;

  return (
    <Panel id="timeline" title="Timeline" document={EventsTimelinePanelDocument} variables={variables}>
      <p className="note" aria-live="polite">
        {events.totalCount === 0
          ? 'No event matches these filters.'
          : `${events.totalCount.toLocaleString('en-US')} ${events.totalCount === 1 ? 'event matches' : 'events match'}, newest first.${
              events.nodes.length > 0 && paged ? ` Showing ${range}.` : ''
            }`}
      </p>
      {events.nodes.length === 0 ? (
        <EmptyListAdvice
          path="/events"
          query={query}
          withAffiliated={events.totalCountWithAffiliated}
          noun="event"
        />
      ) : (
        <ol className="bare-list">
          {years.map(([year, list]) => (
            <li key={year} className={styles.year}>
              <h3 className={styles.yearHeading} id={`year-${year}`} data-part="year">
                {year}
              </h3>
              <ol className={styles.events} aria-labelledby={`year-${year}`}>
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
      <FeedPagination label="Pages of events" range={range} previousPage={previousPage} nextPage={nextPage} />
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
