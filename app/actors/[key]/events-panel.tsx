import { EmptyState, ErrorState, Panel } from '@/app/components/panel';
import { EventItem } from '@/app/events/event-item';
import { ActorEventsPanelDocument } from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';

/** The newest events the actor took part in (each element's id is the event key). */
export async function EventsPanel({ actorKey }: { actorKey: string }) {
  const variables = { key: actorKey };
  const props = { id: 'events', title: 'Events', document: ActorEventsPanelDocument, variables };
  try {
    const { actor } = await runOperation(ActorEventsPanelDocument, variables);
    if (!actor) return null;
    const { nodes, totalCount } = actor.events;
    return (
      <Panel {...props}>
        {nodes.length === 0 ? (
          <EmptyState>No events are recorded.</EmptyState>
        ) : (
          <>
            <p className="note">
              {nodes.length < totalCount
                ? `The ${nodes.length} newest of ${totalCount}.`
                : `${totalCount} in all, newest first.`}{' '}
              <a href={`/api/export/events.csv?actor=${encodeURIComponent(actorKey)}`} download>
                Download all as CSV
              </a>
            </p>
            <ol className="record-list">
              {nodes.map((event) => (
                <li key={event.key}>
                  <EventItem event={event} />
                </li>
              ))}
            </ol>
          </>
        )}
      </Panel>
    );
  } catch (error) {
    return (
      <Panel {...props}>
        <ErrorState error={error} />
      </Panel>
    );
  }
}
