import Link from 'next/link';
import { formatPartialDate, formatQuantity } from '@/app/components/format';
import { EmptyState } from '@/app/components/panel';
import {
  ActorSanctionsPanelDocument,
  type ActorSanctionRegimeFragment,
} from '@/graphql/__generated__/client/graphql';
import { actorPanel } from './actor-panel';

function RegimeList({ regimes, empty }: { regimes: readonly ActorSanctionRegimeFragment[]; empty: string }) {
  if (regimes.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <ul className="record-list regime-list">
      {regimes.map((r) => (
        <li key={r.key}>
          <Link href={`/sanctions#regime-${r.key}`} prefetch={false}>
            {r.imposer.name} → {r.target.name}
          </Link>
          {r.since && <> since {formatPartialDate(r.since)}</>}:{' '}
          {r.packageCount ? `${formatQuantity(r.packageCount)} ${r.packageCount.unit} reported; ` : ''}
          {r.packages.length} dated packages and {r.counted.designations.toLocaleString('en-US')} designations
          held here.
        </li>
      ))}
    </ul>
  );
}

/** Sanction regimes the actor imposes and those it is under. */
export async function SanctionsPanel({ actorKey }: { actorKey: string }) {
  return actorPanel({
    id: 'sanctions',
    title: 'Sanctions',
    document: ActorSanctionsPanelDocument,
    actorKey,
    render: (actor) => (
      <>
        <h3>Imposed</h3>
        <RegimeList regimes={actor.sanctionsImposed} empty="Imposes no sanctions recorded here." />
        <h3>Received</h3>
        <RegimeList regimes={actor.sanctionsReceived} empty="Is under no sanctions recorded here." />
      </>
    ),
  });
}
