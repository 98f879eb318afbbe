import Link from 'next/link';
import { GradeBadge } from './components/grade';
import { ErrorState, Panel } from '@/app/components/panel';
import { formatPartialDate, formatQuantity } from '@/app/components/format';
import {
  HeadlinePanelDocument,
  type HeadlinePanelQuery,
  type QuantityFieldsFragment,
} from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';

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
  const noListings =
    regime?.counted.designations === 0
      ? 'No listings of this regime are held here to count from.'
      : undefined;
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
                others={otherClaims(regime, 'PACKAGES')}
                href={`/sanctions#${regime.key}`}
              />
              <QuantityCard
                id="individuals"
                heading="Designated individuals"
                quantity={regime.designatedIndividuals}
                counted={regime.counted.individuals}
                countedLabel="individuals counted from listings held here"
                nothingHeld={noListings}
                others={otherClaims(regime, 'INDIVIDUALS')}
              />
              <QuantityCard
                id="entities"
                heading="Designated entities"
                quantity={regime.designatedEntities}
                counted={regime.counted.entities}
                countedLabel="entities counted from listings held here"
                nothingHeld={noListings}
                others={otherClaims(regime, 'ENTITIES')}
              />
            </div>
            <p className="note">
              {regime.counted.designations.toLocaleString('en-US')} designations (individual listings) of this
              regime are held in the dataset.
            </p>
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

function otherClaims(regime: Regime, metric: Metric) {
  return regime.figures.filter((f) => f.metric === metric && !f.headline);
}

function QuantityCard(props: {
  id: string;
  heading: string;
  quantity: QuantityFieldsFragment | null | undefined;
  counted: number;
  countedLabel: string;
  /** Said instead of the count when nothing is held to count from: 0 would read as none designated. */
  nothingHeld?: string;
  others: Regime['figures'];
  href?: string;
}) {
  const { id, heading, quantity, counted, countedLabel, nothingHeld, others, href } = props;
  return (
    <article className="card" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{heading}</h3>
      {quantity ? (
        <>
          <p className="figure">
            <span className="value">{formatQuantity(quantity)}</span> {quantity.unit}
          </p>
          {quantity.text && <small>Source: “{quantity.text}”</small>}
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
      {others.length > 0 && (
        <p className="counted">
          Also reported:{' '}
          {others.map((f, i) => (
            <span key={`${f.evidence.source.key}-${i}`}>
              {i > 0 && '; '}
              {formatQuantity(f.quantity)} {f.quantity.unit} (
              <GradeBadge
                reliability={f.evidence.source.reliability}
                credibility={f.evidence.credibility}
              />{' '}
              <Link href={`/sources/${encodeURIComponent(f.evidence.source.key)}`} prefetch={false}>
                {f.evidence.source.outlet}
              </Link>
              )
            </span>
          ))}
        </p>
      )}
    </article>
  );
}
