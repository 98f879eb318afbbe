import Link from 'next/link';
import { EvidenceLine } from '@/app/components/evidence-line';
import { formatPartialDate } from '@/app/components/format';
import { EmptyState, ErrorState, Panel } from '@/app/components/panel';
import { AlliancesPanelDocument, type AlliancesPanelQuery } from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';
import { ALLIANCE_KIND } from './labels';
import styles from './alliances-panel.module.css';

type Alliance = AlliancesPanelQuery['alliances'][number];

const TITLE = 'Alliances, programmes, initiatives and strategies';

/** One card per grouping; its id (`alliance-<key>`) is where citing records link. */
export async function AlliancesPanel() {
  let alliances: Alliance[];
  try {
    alliances = (await runOperation(AlliancesPanelDocument)).alliances;
  } catch (error) {
    return (
      <Panel id="alliances" title={TITLE} document={AlliancesPanelDocument}>
        <ErrorState error={error} />
      </Panel>
    );
  }
  return (
    <Panel id="alliances" title={TITLE} document={AlliancesPanelDocument}>
      {alliances.length === 0 ? (
        <EmptyState>No alliances are in the dataset yet.</EmptyState>
      ) : (
        <div className={`cards ${styles.cards}`}>
          {alliances.map((a) => (
            <article
              className={`card anchor-target ${styles.alliance}`}
              key={a.key}
              id={`alliance-${a.key}`}
              aria-labelledby={`alliance-${a.key}-name`}
            >
              <h3 id={`alliance-${a.key}-name`}>
                {a.name}
                {a.acronym && <> ({a.acronym})</>}
              </h3>
              <dl className="facts">
                <dt>Kind</dt>
                <dd>{ALLIANCE_KIND[a.kind]}</dd>
                <dt>Lead</dt>
                <dd>
                  {a.lead ? (
                    <Link href={`/actors/${encodeURIComponent(a.lead.key)}`} prefetch={false}>
                      {a.lead.name}
                    </Link>
                  ) : (
                    'Not recorded'
                  )}
                </dd>
                <dt>Since</dt>
                <dd>{a.since ? formatPartialDate(a.since) : 'Not recorded'}</dd>
                <dt>Until</dt>
                <dd>{a.until ? formatPartialDate(a.until) : 'Open-ended or not recorded'}</dd>
                <dt>Areas</dt>
                <dd>{a.areas.length > 0 ? a.areas.join(', ') : 'None recorded'}</dd>
              </dl>
              <details>
                <summary>Sources ({a.evidence.length})</summary>
                {a.evidence.map((evidence, i) => (
                  <EvidenceLine key={i} evidence={evidence} />
                ))}
              </details>
            </article>
          ))}
        </div>
      )}
    </Panel>
  );
}
