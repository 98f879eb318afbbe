import Link from 'next/link';
import type { FigureClaimFieldsFragment } from '@/graphql/__generated__/client/graphql';
import { packageHref } from '@/app/sanctions/anchors';
import { EvidenceLine } from './evidence-line';
import { formatPartialDate, formatQuantity } from './format';
import styles from './figure-claim.module.css';

type Claim = FigureClaimFieldsFragment;

/**
 * When a figure was given and by whom: "5 May 2025 · Nikolay Nozdrev". A claim whose source does
 * not name who made it says so, so that the outlet is never read as the claimant.
 */
export function ClaimedBy({ claim }: { claim: Pick<Claim, 'date' | 'claimant'> }) {
  return (
    <>
      <time dateTime={claim.date}>{formatPartialDate(claim.date)}</time>
      {' · '}
      {claim.claimant ? (
        <Link href={`/actors/${encodeURIComponent(claim.claimant.key)}`} prefetch={false}>
          {claim.claimant.name}
        </Link>
      ) : (
        <span className="muted">Claimant not named</span>
      )}
    </>
  );
}

/**
 * A reported figure as every panel shows one: its date and claimant, the figure with its bound
 * ("25+", never 25), its words as worded, the package it counts, and the graded source carrying it.
 * Under a card's large figure (`figureAbove`) the figure is not said twice: the line gives who
 * said it, when, in what words and from which source.
 */
export function FigureClaim({ claim, figureAbove = false }: { claim: Claim; figureAbove?: boolean }) {
  return (
    <div className={styles.claim} data-part="figure-claim">
      <p>
        <ClaimedBy claim={claim} />
        {!figureAbove && (
          <>
            {': '}
            <strong>
              {formatQuantity(claim.quantity)} {claim.quantity.unit}
            </strong>
          </>
        )}
        {claim.package && (
          <>
            {' '}
            in the package of{' '}
            <Link href={packageHref(claim.package.key)} prefetch={false}>
              {formatPartialDate(claim.package.date)}
            </Link>
          </>
        )}
        {claim.quantity.text && <span className="muted"> (as worded: “{claim.quantity.text}”)</span>}
      </p>
      <EvidenceLine evidence={claim.evidence} />
    </div>
  );
}
