import { OfficesTable } from '@/app/alliances/offices-table';
import { ActorOfficesPanelDocument } from '@/graphql/__generated__/client/graphql';
import { actorPanel } from './actor-panel';

/** Offices the actor keeps at others, and those others keep at it. */
export async function OfficesPanel({ actorKey }: { actorKey: string }) {
  return actorPanel({
    id: 'offices',
    title: 'Offices',
    document: ActorOfficesPanelDocument,
    actorKey,
    render: (actor) => <OfficesTable offices={actor.offices} listing={false} />,
  });
}
