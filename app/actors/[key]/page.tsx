import type { Metadata } from 'next';
import { ActorProfilePanelDocument } from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';
import { EventsPanel } from './events-panel';
import { ProfilePanel } from './profile-panel';
import { StatementsMadePanel, StatementsReceivedPanel } from './statements-panels';
import { MembershipsPanel, OfficesPanel, SanctionsPanel } from './ties-panels';

// Read from the database on every request: the dataset changes under the running app.
export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ key: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { key } = await params;
  try {
    const { actor } = await runOperation(ActorProfilePanelDocument, { key });
    return { title: actor?.name ?? 'Actor not found' };
  } catch {
    return { title: 'Actor' };
  }
}

export default async function ActorPage({ params }: Props) {
  const { key } = await params;
  // Awaited together and called as plain async functions so the page completes as one unit
  // (see app/sanctions/page.tsx); the profile panel calls notFound() for an unknown key.
  const [profile, made, received, memberships, sanctions, offices, events] = await Promise.all([
    ProfilePanel({ actorKey: key }),
    StatementsMadePanel({ actorKey: key }),
    StatementsReceivedPanel({ actorKey: key }),
    MembershipsPanel({ actorKey: key }),
    SanctionsPanel({ actorKey: key }),
    OfficesPanel({ actorKey: key }),
    EventsPanel({ actorKey: key }),
  ]);
  return (
    <>
      {profile}
      {made}
      {received}
      {memberships}
      {sanctions}
      {offices}
      {events}
    </>
  );
}
