import Link from 'next/link';
import { EvidenceLine } from '@/app/components/evidence-line';
import { ClaimedBy } from '@/app/components/figure-claim';
import { formatPartialDate, formatQuantity, quantityInWords } from '@/app/components/format';
import { EmptyState, ErrorState, Panel } from '@/app/components/panel';
import {
  SanctionRegimesPanelDocument,
  type FigureMetric,
  type SanctionRegimesPanelQuery,
} from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';
import { regimeName } from './regime-name';
import claimStyles from './claim.module.css';
import styles from './regimes-panel.module.css';
import { regimeAnchor } from './anchors';

type Regime = SanctionRegimesPanelQuery['sanctionRegimes'][number];

const METRICS: Record<FigureMetric, string> = {
  PACKAGES: 'Sanctions packages',
  INDIVIDUALS: 'Designated individuals',
  ENTITIES: 'Designated entities',
};

/** Each regime: who sanctions whom since when, every reported figure attributed, and our counts. */
export async function RegimesPanel() {
  let regimes: Regime[];
  try {
    regimes = (await runOperation(SanctionRegimesPanelDocument)).sanctionRegimes;
  } catch (error) {
    return (
      <Panel id="regimes" title="Regimes and their figures" document={SanctionRegimesPanelDocument}>
        <ErrorState error={error} />
      </Panel>
    );
  }
  return (
    <Panel id="regimes" title="Regimes and their figures" document={SanctionRegimesPanelDocument}>
      <p className="note">
        Reported figures are the sources’ own, with their bounds; where sources disagree each claim stands.
        Counted figures come from the records this dataset holds.
      </p>
      {regimes.length === 0 ? (
        <EmptyState>No sanction regimes are in the dataset yet.</EmptyState>
      ) : (
        regimes.map((regime) => <RegimeFigures key={regime.key} regime={regime} />)
      )}
    </Panel>
  );
}

/** "3 counted from 12 designations held here"; with none held, that there is nothing to count. */
function countedFrom(counted: number, designations: number): string {
  if (designations === 0) return 'none counted: no designations of this regime are held here';
  return `${counted.toLocaleString('en-US')} counted from ${designations.toLocaleString('en-US')} designations held here`;
}

function RegimeFigures({ regime }: { regime: Regime }) {
  const id = regimeAnchor(regime.key);
  const counted: Record<FigureMetric, string> = {
    PACKAGES: `${regime.packages.length.toLocaleString('en-US')} dated packages held here`,
    INDIVIDUALS: countedFrom(regime.counted.individuals, regime.counted.designations),
    ENTITIES: countedFrom(regime.counted.entities, regime.counted.designations),
  };
  const metrics = (Object.keys(METRICS) as FigureMetric[]).filter(
    (m) => m === 'PACKAGES' || regime.figures.some((f) => f.metric === m) || regime.counted.designations > 0,
  );
  return (
    <article className={`anchor-target ${styles.regime}`} id={id} aria-labelledby={`${id}-name`}>
      <h3 id={`${id}-name`}>
        <Link href={`/actors/${encodeURIComponent(regime.imposer.key)}`} prefetch={false}>
          {regime.imposer.name}
        </Link>{' '}
        →{' '}
        <Link href={`/actors/${encodeURIComponent(regime.target.key)}`} prefetch={false}>
          {regime.target.name}
        </Link>
      </h3>
      <p className="note">
        {regime.since ? <>Since {formatPartialDate(regime.since)}. </> : 'Start date not recorded. '}
        {regime.figures.length === 0 && 'No source reports aggregate figures for this regime.'}
      </p>
      <div className="cards">
        {metrics.map((metric) => {
          const claims = regime.figures.filter((f) => f.metric === metric);
          const headingId = `${id}-${metric.toLowerCase()}`;
          return (
            <article className={`card ${styles.figureCard}`} key={metric} aria-labelledby={headingId}>
              <h4 id={headingId}>{METRICS[metric]}</h4>
              {claims.length === 0 ? (
                <p className="muted">Not reported.</p>
              ) : (
                <ul className="bare-list">
                  {claims.map((claim, i) => (
                    <li key={i} className={claimStyles.claim}>
                      <p className="figure">
                        <span className="value">{formatQuantity(claim.quantity)}</span> {claim.quantity.unit}
                        {claim.headline && <span className="badge">Headline</span>}
                      </p>
                      <p className={claimStyles.bound}>
                        {quantityInWords(claim.quantity)}
                        {claim.quantity.text && <> · as worded: “{claim.quantity.text}”</>}
                      </p>
                      <p className={claimStyles.bound}>
                        <ClaimedBy claim={claim} />
                      </p>
                      <EvidenceLine evidence={claim.evidence} />
                    </li>
                  ))}
                </ul>
              )}
              <p className="counted">{counted[metric]}</p>
            </article>
          );
        })}
      </div>
      <details className={styles.sources}>
        <summary>Sources for {regimeName(regime)}</summary>
        {regime.evidence.map((evidence, i) => (
          <EvidenceLine key={i} evidence={evidence} />
        ))}
      </details>
    </article>
  );
}
