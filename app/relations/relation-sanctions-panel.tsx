import Link from 'next/link';
import { formatPartialDate, formatQuantity } from '@/app/components/format';
import { EmptyState, ErrorState, Panel } from '@/app/components/panel';
import {
  RelationSanctionsPanelDocument,
  type RelationSanctionsPanelQuery,
} from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';
import styles from './relation-sanctions-panel.module.css';

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
  const figures = [regime.packageCount, regime.designatedIndividuals, regime.designatedEntities].filter(
    (q): q is NonNullable<typeof q> => q != null,
  );
  return (
    <article className={styles.regime} aria-labelledby={`${regime.key}-regime`}>
      <h3 id={`${regime.key}-regime`} className="record-title">
        <Link href={`/sanctions#${encodeURIComponent(regime.key)}`} prefetch={false}>
          {regime.imposer.name} on {regime.target.name}
        </Link>
        {regime.since && <span className="muted"> since {formatPartialDate(regime.since)}</span>}
      </h3>
      <p className={styles.figures}>
        {figures.length > 0 ? (
          figures.map((q) => (
            <span key={q.unit} className="figure-chip">
              <strong>{formatQuantity(q)}</strong> {q.unit}
              {q.text && <span className="muted"> (“{q.text}”)</span>}
            </span>
          ))
        ) : (
          <span className="muted">No aggregate figure reported.</span>
        )}
      </p>
      <p className={styles.counted}>
        Held here: {regime.packages.length} dated {regime.packages.length === 1 ? 'package' : 'packages'},{' '}
        {regime.counted.designations.toLocaleString('en-US')} listings (
        {regime.counted.individuals.toLocaleString('en-US')} individuals,{' '}
        {regime.counted.entities.toLocaleString('en-US')} entities).
      </p>
      {regime.packages.length > 0 && (
        <details className={styles.packages}>
          <summary>Packages ({regime.packages.length})</summary>
          <ol>
            {regime.packages.map((p) => (
              <li key={p.key}>
                <time dateTime={p.date}>{formatPartialDate(p.date)}</time>:{' '}
                <Link href={`/sanctions#${encodeURIComponent(p.key)}`} prefetch={false}>
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
