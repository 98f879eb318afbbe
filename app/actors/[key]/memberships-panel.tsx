import { MembershipsTable } from '@/app/alliances/memberships-table';
import { ActorMembershipsPanelDocument } from '@/graphql/__generated__/client/graphql';
import { actorPanel } from './actor-panel';

/** The actor's memberships: which grouping, what role, where it stands. */
export async function MembershipsPanel({ actorKey }: { actorKey: string }) {
  return actorPanel({
    id: 'memberships',
    title: 'Memberships',
    document: ActorMembershipsPanelDocument,
    actorKey,
    render: (actor) => <MembershipsTable memberships={actor.memberships} listing={false} />,
  });
}
