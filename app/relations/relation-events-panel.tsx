import Link from 'next/link';
import { EmptyState, ErrorState, Panel } from '@/app/components/panel';
import { EventItem } from '@/app/events/event-item';
import {
  RelationEventsPanelDocument,
  type RelationEventsPanelQuery,
} from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';

/** Events with both sides among their actors, newest first. */
export async function RelationEventsPanel({ a, b, first = 20 }: { a: string; b: string; first?: number }) {
  const variables = { a, b, first };
  let relation: RelationEventsPanelQuery['relation'];
  try {
    ({ relation } = await runOperation(RelationEventsPanelDocument, variables));
  } catch (error) {
    return (
      <Panel id="events" title="Events" document={RelationEventsPanelDocument} variables={variables}>
        <ErrorState error={error} />
      </Panel>
    );
  }
  const events = relation?.events;
  return (
    <Panel id="events" title="Events" document={RelationEventsPanelDocument} variables={variables}>
      {!events || events.nodes.length === 0 ? (
        <EmptyState>No event with both among its actors is recorded.</EmptyState>
      ) : (
        <>
          <p className="note">
            {events.nodes.length < events.totalCount
              ? `The latest ${events.nodes.length} of ${events.totalCount}`
              : `All ${events.totalCount}`}{' '}
            events with both among their actors, newest first. Unscored events (ceremonies, appointments)
            explain the relation without moving the index.
          </p>
          <div className="item-list">
            {events.nodes.map((e) => (
              <EventItem key={e.key} event={e} />
            ))}
          </div>
          <p className="more-link">
            <Link href={`/events?actor=${encodeURIComponent(a)}`}>
              Every event involving {relation?.a.name ?? a}
            </Link>
          </p>
        </>
      )}
    </Panel>
  );
}
