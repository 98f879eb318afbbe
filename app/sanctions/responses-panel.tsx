import Link from 'next/link';
import { EvidenceLine } from '@/app/components/evidence-line';
import { formatPartialDate } from '@/app/components/format';
import { EmptyState, ErrorState, Panel } from '@/app/components/panel';
import {
  SanctionResponsesPanelDocument,
  type SanctionResponsesPanelQuery,
} from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';
import { regimeName } from './regime-name';
import { PackageList } from './package-list';
import { regimeAnchor } from './anchors';

type Regime = SanctionResponsesPanelQuery['sanctionRegimes'][number];

const TITLE = 'Counter-measures';

/** The regimes targets imposed in response, each with its own packages. */
export async function ResponsesPanel() {
  let regimes: Regime[];
  try {
    regimes = (await runOperation(SanctionResponsesPanelDocument)).sanctionRegimes;
  } catch (error) {
    return (
      <Panel id="responses" title={TITLE} document={SanctionResponsesPanelDocument}>
        <ErrorState error={error} />
      </Panel>
    );
  }
  const answered = regimes.filter((r) => r.responses.length > 0);
  return (
    <Panel id="responses" title={TITLE} document={SanctionResponsesPanelDocument}>
      {answered.length === 0 ? (
        <EmptyState>No counter-measures are recorded.</EmptyState>
      ) : (
        answered.flatMap((regime) =>
          regime.responses.map((response) => (
            <section
              key={response.key}
              id={`${regimeAnchor(response.key)}-response`}
              className="response"
              aria-labelledby={`response-${response.key}`}
            >
              <h3 id={`response-${response.key}`}>
                {regimeName(response)}, in response to {regimeName(regime)}
              </h3>
              <p className="note">
                <Link href={`/actors/${encodeURIComponent(response.imposer.key)}`} prefetch={false}>
                  {response.imposer.name}
                </Link>
                ’s measures against{' '}
                <Link href={`/actors/${encodeURIComponent(response.target.key)}`} prefetch={false}>
                  {response.target.name}
                </Link>
                {response.since ? `, since ${formatPartialDate(response.since)}` : ''}:{' '}
                {response.packages.length} packages recorded.
              </p>
              {response.evidence.map((evidence, i) => (
                <EvidenceLine key={i} evidence={evidence} />
              ))}
              {response.packages.length > 0 ? (
                <PackageList packages={response.packages} />
              ) : (
                <EmptyState>No dated packages are recorded for these counter-measures.</EmptyState>
              )}
            </section>
          )),
        )
      )}
    </Panel>
  );
}
