import Link from 'next/link';
import { FigureClaim } from '@/app/components/figure-claim';
import { formatPartialDate, plural } from '@/app/components/format';
import { EmptyState } from '@/app/components/panel';
import {
  ActorSanctionsPanelDocument,
  type ActorSanctionRegimeFragment,
} from '@/graphql/__generated__/client/graphql';
import { actorPanel } from './actor-panel';
import { regimeHref } from '@/app/sanctions/anchors';
import { heldListingsWords } from '@/app/sanctions/held-listings';

/** The headline source's count of the regime's packages, with who gave it and when. */
function headlinePackageCount(regime: ActorSanctionRegimeFragment) {
  return regime.figures.find((f) => f.metric === 'PACKAGES' && f.headline);
}

function RegimeList({ regimes, empty }: { regimes: readonly ActorSanctionRegimeFragment[]; empty: string }) {
  if (regimes.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <ul className="record-list regime-list">
      {regimes.map((r) => {
        const packageCount = headlinePackageCount(r);
        return (
          <li key={r.key}>
            <Link href={regimeHref(r.key)} prefetch={false}>
              {r.imposer.name} → {r.target.name}
            </Link>
            {r.since && <> since {formatPartialDate(r.since)}</>}:{' '}
            {plural(r.packages.length, 'dated package')} held here. {heldListingsWords(r.counted)}
            {packageCount && <FigureClaim claim={packageCount} />}
          </li>
        );
      })}
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
