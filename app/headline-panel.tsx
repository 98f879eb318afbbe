import Link from 'next/link';
import { FigureClaim } from '@/app/components/figure-claim';
import { ErrorState, Panel } from '@/app/components/panel';
import { formatPartialDate, formatQuantity } from '@/app/components/format';
import {
  HeadlinePanelDocument,
  type HeadlinePanelQuery,
  type QuantityFieldsFragment,
} from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';
import { regimeHref } from './sanctions/anchors';
import { heldListingsWords, NO_LISTINGS_HELD } from './sanctions/held-listings';

type Stats = HeadlinePanelQuery['stats'];
type Regime = HeadlinePanelQuery['sanctionRegimes'][number];
type Metric = Regime['figures'][number]['metric'];

const STAT_LABELS: Record<Exclude<keyof Stats, '__typename'>, string> = {
  actors: 'Actors',
  statements: 'Statements',
  events: 'Events',
  sanctionPackages: 'Sanctions packages',
  sanctionDesignations: 'Designations',
  alliances: 'Alliances and partnerships',
  sources: 'Sources',
};

/**
 * The seed's headline figures as the sources bound them ("25+ sanctions packages"), the
 * counts this dataset holds beside them, and the size of the dataset.
 */
export async function HeadlinePanel() {
  let data: HeadlinePanelQuery;
  try {
    data = await runOperation(HeadlinePanelDocument);
  } catch (error) {
    return (
      <Panel id="headline" title="Japan’s sanctions on Russia" document={HeadlinePanelDocument}>
        <ErrorState error={error} />
      </Panel>
    );
  }
  const { sanctionRegimes, stats } = data;
  const regime = sanctionRegimes[0];
  const noListings = regime?.counted.designations === 0 ? NO_LISTINGS_HELD : undefined;
  const title = regime
    ? `${regime.imposer.name}’s sanctions on ${regime.target.name}`
    : 'Japan’s sanctions on Russia';

  return (
    <>
      <Panel id="headline" title={title} document={HeadlinePanelDocument}>
        {regime ? (
          <>
            {regime.since && (
              <p className="note">
                Since {formatPartialDate(regime.since)}. Reported figures keep the bound their source gives;
                counted ones come from the listings held here.
              </p>
            )}
            <div className="cards">
              <QuantityCard
                id="packages"
                heading="Sanctions packages"
                quantity={regime.packageCount}
                counted={regime.packages.length}
                countedLabel="dated packages held here"
                claims={claimsOf(regime, 'PACKAGES')}
                href={regimeHref(regime.key)}
              />
              <QuantityCard
                id="individuals"
                heading="Designated individuals"
                quantity={regime.designatedIndividuals}
                counted={regime.counted.individuals}
                countedLabel="individuals counted from listings held here"
                nothingHeld={noListings}
                claims={claimsOf(regime, 'INDIVIDUALS')}
              />
              <QuantityCard
                id="entities"
                heading="Designated entities"
                quantity={regime.designatedEntities}
                counted={regime.counted.entities}
                countedLabel="entities counted from listings held here"
                nothingHeld={noListings}
                claims={claimsOf(regime, 'ENTITIES')}
              />
            </div>
            {!noListings && <p className="note">{heldListingsWords(regime.counted)}</p>}
          </>
        ) : (
          <p className="empty-state">
            No sanctions by Japan on Russia are in the database yet. Load the dataset with{' '}
            <code>npm run db:seed</code>.
          </p>
        )}
      </Panel>

      <section className="panel" aria-labelledby="stats-heading">
        <header className="panel-header">
          <h2 id="stats-heading">In this dataset</h2>
        </header>
        <div className="cards compact">
          {Object.entries(STAT_LABELS).map(([key, label]) => (
            <article className="card" key={key} aria-labelledby={`stat-${key}`}>
              <h3 id={`stat-${key}`}>{label}</h3>
              <p className="figure">
                <span className="value">
                  {stats[key as keyof typeof STAT_LABELS].toLocaleString('en-US')}
                </span>
              </p>
            </article>
          ))}
        </div>
      </section>
    </>
  );
}

/** A metric's claims, the headline one (the figure the card shows) apart from the others. */
function claimsOf(regime: Regime, metric: Metric) {
  const claims = regime.figures.filter((f) => f.metric === metric);
  return { headline: claims.find((f) => f.headline), others: claims.filter((f) => !f.headline) };
}

function QuantityCard(props: {
  id: string;
  heading: string;
  quantity: QuantityFieldsFragment | null | undefined;
  counted: number;
  countedLabel: string;
  /** Said instead of the count when nothing is held to count from: 0 would read as none designated. */
  nothingHeld?: string;
  claims: ReturnType<typeof claimsOf>;
  href?: string;
}) {
  const { id, heading, quantity, counted, countedLabel, nothingHeld, claims, href } = props;
  return (
    <article className="card" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{heading}</h3>
      {quantity ? (
        <>
          <p className="figure">
            <span className="value">{formatQuantity(quantity)}</span> {quantity.unit}
          </p>
          {claims.headline && <FigureClaim claim={claims.headline} figureAbove />}
        </>
      ) : (
        <p className="figure">Not reported</p>
      )}
      <p className="counted">
        {nothingHeld ?? (
          <>
            <span className="counted-value">{counted.toLocaleString('en-US')}</span> {countedLabel}
          </>
        )}
        {href && (
          <>
            {' '}
            (
            <Link href={href} prefetch={false}>
              see them
            </Link>
            )
          </>
        )}
      </p>
      {claims.others.length > 0 && (
        <div>
          <p className="counted">Also reported:</p>
          <ul className="bare-list">
            {claims.others.map((claim, i) => (
              <li key={i}>
                <FigureClaim claim={claim} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </article>
  );
}
