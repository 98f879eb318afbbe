import { FigureClaim } from '@/app/components/figure-claim';
import { HiddenGradeNote } from '@/app/components/grade';
import { EmptyState, ErrorState, Panel } from '@/app/components/panel';
import {
  SanctionClaimsPanelDocument,
  type SanctionClaimsPanelQuery,
} from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';
import { regimeName } from './regime-name';
import claimStyles from './claim.module.css';

type Regime = SanctionClaimsPanelQuery['sanctionRegimes'][number];
type Claim = Regime['claims'][number];

const TITLE = 'Claims over time';

/**
 * Each regime's figure claims as a dated sequence, oldest first, so that "300 entities in May
 * 2025" reads after "800 in February" by the same man, not as a rival figure of the same day.
 */
export async function ClaimsPanel() {
  let regimes: Regime[];
  try {
    regimes = (await runOperation(SanctionClaimsPanelDocument)).sanctionRegimes;
  } catch (error) {
    return (
      <Panel id="claims" title={TITLE} document={SanctionClaimsPanelDocument}>
        <ErrorState error={error} />
      </Panel>
    );
  }
  const withClaims = regimes.filter((r) => r.claims.length > 0);
  return (
    <Panel id="claims" title={TITLE} document={SanctionClaimsPanelDocument}>
      <p className="note">
        Each claim is dated by when it was made (or, failing that, published), and names who made it apart
        from the source that reports it. Bounds are the speaker’s: “more than 800” is not 800.
      </p>
      {withClaims.length === 0 ? (
        <EmptyState>No source reports figures for any regime yet.</EmptyState>
      ) : (
        withClaims.map((regime) => (
          <section key={regime.key} aria-labelledby={`claims-${regime.key}`}>
            <h3 id={`claims-${regime.key}`}>{regimeName(regime)}</h3>
            <ol>
              {regime.claims.map((claim, i) => (
                <ClaimItem key={i} claim={claim} />
              ))}
            </ol>
          </section>
        ))
      )}
    </Panel>
  );
}

function ClaimItem({ claim }: { claim: Claim }) {
  return (
    <li className={claimStyles.claim} data-reliability={claim.evidence.source.reliability}>
      <FigureClaim claim={claim} />
      {/* Below the reader's grade the claim folds to this note, as every citation does. */}
      <HiddenGradeNote reliability={claim.evidence.source.reliability} />
    </li>
  );
}
