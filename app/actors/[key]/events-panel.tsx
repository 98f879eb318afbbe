import { EventItem } from '@/app/events/event-item';
import { ActorEventsPanelDocument } from '@/graphql/__generated__/client/graphql';
import { actorPanel } from './actor-panel';
import { NewestList } from './newest-list';

/** The newest events the actor took part in (each element's id is the event key). */
export async function EventsPanel({ actorKey }: { actorKey: string }) {
  return actorPanel({
    id: 'events',
    title: 'Events',
    document: ActorEventsPanelDocument,
    actorKey,
    render: (actor) => (
      <NewestList
        items={actor.events.nodes}
        totalCount={actor.events.totalCount}
        exportHref={`/api/export/events.csv?actor=${encodeURIComponent(actorKey)}`}
        empty="No events are recorded."
        renderItem={(event) => <EventItem event={event} />}
      />
    ),
  });
}
