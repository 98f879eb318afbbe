import Link from 'next/link';
import { FigureClaim } from '@/app/components/figure-claim';
import { formatPartialDate, plural } from '@/app/components/format';
import { EmptyState, ErrorState, Panel } from '@/app/components/panel';
import {
  RelationSanctionsPanelDocument,
  type FigureMetric,
  type RelationSanctionsPanelQuery,
} from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';
import styles from './relation-sanctions-panel.module.css';
import { packageHref, regimeHref } from '@/app/sanctions/anchors';
import { heldListingsWords } from '@/app/sanctions/held-listings';

/** The order the home page's cards give the figures: packages, then whom they designate. */
const METRICS: readonly FigureMetric[] = ['PACKAGES', 'INDIVIDUALS', 'ENTITIES'];

type Regime = NonNullable<RelationSanctionsPanelQuery['relation']>['sanctions'][number];

/** Sanction regimes between the two, counter-measures included, with their packages. */
export async function RelationSanctionsPanel({ a, b }: { a: string; b: string }) {
  const variables = { a, b };
  let relation: RelationSanctionsPanelQuery['relation'];
  try {
    ({ relation } = await runOperation(RelationSanctionsPanelDocument, variables));
  } catch (error) {
    return (
      <Panel id="sanctions" title="Sanctions" document={RelationSanctionsPanelDocument} variables={variables}>
        <ErrorState error={error} />
      </Panel>
    );
  }
  const regimes = relation?.sanctions ?? [];
  return (
    <Panel id="sanctions" title="Sanctions" document={RelationSanctionsPanelDocument} variables={variables}>
      {regimes.length === 0 ? (
        <EmptyState>Neither sanctions the other in this dataset.</EmptyState>
      ) : (
        <div>
          {regimes.map((r) => (
            <RegimeBlock key={r.key} regime={r} />
          ))}
        </div>
      )}
    </Panel>
  );
}

function RegimeBlock({ regime }: { regime: Regime }) {
  const headlines = METRICS.flatMap((metric) =>
    regime.figures.filter((f) => f.metric === metric && f.headline),
  );
  return (
    <article className={styles.regime} aria-labelledby={`${regime.key}-regime`}>
      <h3 id={`${regime.key}-regime`} className="record-title">
        <Link href={regimeHref(regime.key)} prefetch={false}>
          {regime.imposer.name} on {regime.target.name}
        </Link>
        {regime.since && <span className="muted"> since {formatPartialDate(regime.since)}</span>}
      </h3>
      {headlines.length > 0 ? (
        <ul className="bare-list">
          {headlines.map((claim) => (
            <li key={claim.metric}>
              <FigureClaim claim={claim} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No aggregate figure reported.</p>
      )}
      <p className={styles.counted}>
        Held here: {plural(regime.packages.length, 'dated package')}. {heldListingsWords(regime.counted)}
      </p>
      {regime.packages.length > 0 && (
        <details className={styles.packages}>
          <summary>Packages ({regime.packages.length})</summary>
          <ol>
            {regime.packages.map((p) => (
              <li key={p.key}>
                <time dateTime={p.date}>{formatPartialDate(p.date)}</time>:{' '}
                <Link href={packageHref(p.key)} prefetch={false}>
                  {p.title}
                </Link>
              </li>
            ))}
          </ol>
        </details>
      )}
    </article>
  );
}
