import Link from 'next/link';
import { EvidenceLine } from '@/app/components/evidence-line';
import { formatPartialDate } from '@/app/components/format';
import { EmptyState, ErrorState, Panel } from '@/app/components/panel';
import {
  RelationAlignmentsPanelDocument,
  type RelationAlignmentsPanelQuery,
} from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';
import styles from './relation-alignments-panel.module.css';

const ROLE_LABELS = {
  MEMBER: 'member',
  PARTNER: 'partner',
  PARTICIPANT: 'participant',
  PROPONENT: 'proponent',
  OBSERVER: 'observer',
} as const;

/** Alliance ties: memberships of one side in alliances, programmes or strategies the other is outside. */
export async function RelationAlignmentsPanel({
  a,
  b,
  withEvidence = true,
  title = 'Alliance ties',
}: {
  a: string;
  b: string;
  withEvidence?: boolean;
  title?: string;
}) {
  const variables = { a, b };
  let relation: RelationAlignmentsPanelQuery['relation'];
  try {
    ({ relation } = await runOperation(RelationAlignmentsPanelDocument, variables));
  } catch (error) {
    return (
      <Panel id="alignments" title={title} document={RelationAlignmentsPanelDocument} variables={variables}>
        <ErrorState error={error} />
      </Panel>
    );
  }
  const alignments = relation?.alignments ?? [];
  return (
    <Panel id="alignments" title={title} document={RelationAlignmentsPanelDocument} variables={variables}>
      {!relation || alignments.length === 0 ? (
        <EmptyState>Neither belongs to an alliance or programme the other is outside of.</EmptyState>
      ) : (
        <>
          <p className="note">
            Alliances, programmes and strategies one of {relation.a.name} and {relation.b.name} takes part in
            and the other does not.
          </p>
          <ul className="bare-list">
            {alignments.map((m) => (
              <li key={m.key} className={`target-ring ${styles.alignment}`} id={m.key}>
                <p className={styles.line}>
                  <strong>{m.actor.name}</strong>, {ROLE_LABELS[m.role]} of{' '}
                  <Link href={`/alliances#${encodeURIComponent(m.alliance.key)}`} prefetch={false}>
                    {m.alliance.acronym ? `${m.alliance.name} (${m.alliance.acronym})` : m.alliance.name}
                  </Link>
                  {m.alliance.lead && <span className="muted">, led by {m.alliance.lead.name}</span>}
                </p>
                <p className="meta-row">
                  <span className={`badge membership-status membership-${m.status.toLowerCase()}`}>
                    {m.status.toLowerCase()}
                  </span>
                  {m.since ? (
                    <span>since {formatPartialDate(m.since)}</span>
                  ) : (
                    <span className="muted">start not recorded</span>
                  )}
                </p>
                {withEvidence && m.evidence[0] && <EvidenceLine evidence={m.evidence[0]} />}
              </li>
            ))}
          </ul>
        </>
      )}
    </Panel>
  );
}
