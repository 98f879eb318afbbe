import Link from 'next/link';
import { EvidenceLine } from '@/app/components/evidence-line';
import { formatPartialDate, plural } from '@/app/components/format';
import type { SanctionPackageItemFragment } from '@/graphql/__generated__/client/graphql';
import styles from './package-list.module.css';
import { packageAnchor } from './anchors';

/**
 * A regime's packages, oldest first. Each item's id is the package key, so /sanctions#<key>
 * (the relation page's drivers link there) lands on it.
 */
export function PackageList({
  packages,
  historyLinks = true,
}: {
  packages: readonly SanctionPackageItemFragment[];
  /** Whether each package links to its own page with its history (not on that page itself). */
  historyLinks?: boolean;
}) {
  return (
    <ol className="bare-list">
      {packages.map((p) => (
        <li key={p.key} id={packageAnchor(p.key)} className={`anchor-target ${styles.item}`}>
          <p className={styles.head}>
            <time dateTime={p.date} data-part="package-date">
              {formatPartialDate(p.date)}
            </time>
            {p.ordinal != null && <span className="badge">Package {p.ordinal}</span>}
            <strong>{p.title}</strong>
          </p>
          {p.measures.length > 0 && (
            <ul className={styles.measures}>
              {p.measures.map((m, i) => (
                <li key={i}>{m}</li>
              ))}
            </ul>
          )}
          <p className={styles.counts}>
            {p.designatedIndividuals != null || p.designatedEntities != null ? (
              <>
                Designates{' '}
                {[
                  p.designatedIndividuals != null && plural(p.designatedIndividuals, 'individual'),
                  p.designatedEntities != null && plural(p.designatedEntities, 'entity', 'entities'),
                ]
                  .filter(Boolean)
                  .join(' and ')}
                , as its source states.
              </>
            ) : (
              'Its source states no designation counts.'
            )}
          </p>
          {p.evidence.map((evidence, i) => (
            <EvidenceLine key={i} evidence={evidence} />
          ))}
          {historyLinks && (
            <p className="fine-print">
              <Link href={`/records/${encodeURIComponent(p.id)}`} prefetch={false}>
                History<span className="visually-hidden"> of this package</span>
              </Link>
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
