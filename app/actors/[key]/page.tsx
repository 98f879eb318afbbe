import type { Metadata } from 'next';
import { keyedTitle, type KeyedPageProps } from '@/app/components/keyed-route';
import { ActorProfilePanelDocument } from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';
import { EventsPanel } from './events-panel';
import { ProfilePanel } from './profile-panel';
import { MembershipsPanel } from './memberships-panel';
import { OfficesPanel } from './offices-panel';
import { SanctionsPanel } from './sanctions-panel';
import { SpokenForPanel } from './spoken-for-panel';
import { StatementsPanel } from './statements-panel';

// Read from the database on every request: the dataset changes under the running app.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: KeyedPageProps): Promise<Metadata> {
  const { key } = await params;
  return keyedTitle(
    'Actor',
    key,
    async () => (await runOperation(ActorProfilePanelDocument, { key })).actor?.name,
  );
}

export default async function ActorPage({ params }: KeyedPageProps) {
  const { key } = await params;
  // Awaited together and called as plain async functions so the page completes as one unit
  // (see app/sanctions/page.tsx); the profile panel calls notFound() for an unknown key.
  const [profile, made, spokenFor, received, memberships, sanctions, offices, events] = await Promise.all([
    ProfilePanel({ actorKey: key }),
    StatementsPanel({ actorKey: key, side: 'made' }),
    SpokenForPanel({ actorKey: key }),
    StatementsPanel({ actorKey: key, side: 'received' }),
    MembershipsPanel({ actorKey: key }),
    SanctionsPanel({ actorKey: key }),
    OfficesPanel({ actorKey: key }),
    EventsPanel({ actorKey: key }),
  ]);
  return (
    <>
      {profile}
      {made}
      {spokenFor}
      {received}
      {memberships}
      {sanctions}
      {offices}
      {events}
    </>
  );
}
