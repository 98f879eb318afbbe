import Link from 'next/link';
import { EmptyState, ErrorState, Panel } from '@/app/components/panel';
import { EventItem } from '@/app/events/event-item';
import {
  RecentEventsPanelDocument,
  type RecentEventsPanelQuery,
} from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';

/** The latest events in the dataset, whoever took part. */
export async function RecentEventsPanel({ first = 5 }: { first?: number }) {
  const variables = { first };
  let events: RecentEventsPanelQuery['events'];
  try {
    ({ events } = await runOperation(RecentEventsPanelDocument, variables));
  } catch (error) {
    return (
      <Panel
        id="recent-events"
        title="Recent events"
        document={RecentEventsPanelDocument}
        variables={variables}
      >
        <ErrorState error={error} />
      </Panel>
    );
  }
  return (
    <Panel
      id="recent-events"
      title="Recent events"
      document={RecentEventsPanelDocument}
      variables={variables}
    >
      {events.nodes.length === 0 ? (
        <EmptyState>No event is recorded yet.</EmptyState>
      ) : (
        <>
          <div className="item-list">
            {events.nodes.map((e) => (
              <EventItem key={e.key} event={e} sourcesShown={1} />
            ))}
          </div>
          <p className="more-link">
            <Link href="/events" prefetch={false}>
              All {events.totalCount} events
            </Link>
          </p>
        </>
      )}
    </Panel>
  );
}
