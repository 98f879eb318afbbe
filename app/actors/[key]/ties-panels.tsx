import Link from 'next/link';
import { SourceLinks } from '@/app/alliances/source-links';
import { MEMBERSHIP_STATUS, OFFICE_STATUS, ROLE } from '@/app/alliances/labels';
import { formatPartialDate, formatQuantity } from '@/app/components/format';
import { EmptyState, ErrorState, Panel } from '@/app/components/panel';
import {
  ActorMembershipsPanelDocument,
  ActorOfficesPanelDocument,
  ActorSanctionsPanelDocument,
  type ActorSanctionRegimeFragment,
} from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';

const actorHref = (key: string) => `/actors/${encodeURIComponent(key)}`;

/** The actor's memberships: which grouping, what role, where it stands. */
export async function MembershipsPanel({ actorKey }: { actorKey: string }) {
  const variables = { key: actorKey };
  const props = {
    id: 'memberships',
    title: 'Memberships',
    document: ActorMembershipsPanelDocument,
    variables,
  };
  try {
    const { actor } = await runOperation(ActorMembershipsPanelDocument, variables);
    if (!actor) return null;
    return (
      <Panel {...props}>
        {actor.memberships.length === 0 ? (
          <EmptyState>No memberships are recorded.</EmptyState>
        ) : (
          <div className="scroll-region" tabIndex={0} role="region" aria-label="Memberships table">
            <table className="record-table">
              <thead>
                <tr>
                  <th scope="col">In</th>
                  <th scope="col">Role</th>
                  <th scope="col">Status</th>
                  <th scope="col">Since</th>
                  <th scope="col">Sources</th>
                </tr>
              </thead>
              <tbody>
                {actor.memberships.map((m) => (
                  <tr key={m.key}>
                    <th scope="row">
                      <Link href={`/alliances#membership-${m.key}`} prefetch={false}>
                        {m.alliance.name}
                        {m.alliance.acronym && ` (${m.alliance.acronym})`}
                      </Link>
                    </th>
                    <td>{ROLE[m.role]}</td>
                    <td>{MEMBERSHIP_STATUS[m.status]}</td>
                    <td>{m.since ? formatPartialDate(m.since) : '—'}</td>
                    <td>
                      <SourceLinks evidence={m.evidence} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Panel>
    );
  } catch (error) {
    return (
      <Panel {...props}>
        <ErrorState error={error} />
      </Panel>
    );
  }
}

function RegimeList({ regimes, empty }: { regimes: readonly ActorSanctionRegimeFragment[]; empty: string }) {
  if (regimes.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <ul className="record-list regime-list">
      {regimes.map((r) => (
        <li key={r.key}>
          <Link href={`/sanctions#regime-${r.key}`} prefetch={false}>
            {r.imposer.name} → {r.target.name}
          </Link>
          {r.since && <> since {formatPartialDate(r.since)}</>}:{' '}
          {r.packageCount ? `${formatQuantity(r.packageCount)} ${r.packageCount.unit} reported; ` : ''}
          {r.packages.length} dated packages and {r.counted.designations.toLocaleString('en-US')} designations
          held here.
        </li>
      ))}
    </ul>
  );
}

/** Sanction regimes the actor imposes and those it is under. */
export async function SanctionsPanel({ actorKey }: { actorKey: string }) {
  const variables = { key: actorKey };
  const props = { id: 'sanctions', title: 'Sanctions', document: ActorSanctionsPanelDocument, variables };
  try {
    const { actor } = await runOperation(ActorSanctionsPanelDocument, variables);
    if (!actor) return null;
    return (
      <Panel {...props}>
        <h3>Imposed</h3>
        <RegimeList regimes={actor.sanctionsImposed} empty="Imposes no sanctions recorded here." />
        <h3>Received</h3>
        <RegimeList regimes={actor.sanctionsReceived} empty="Is under no sanctions recorded here." />
      </Panel>
    );
  } catch (error) {
    return (
      <Panel {...props}>
        <ErrorState error={error} />
      </Panel>
    );
  }
}

/** Offices the actor keeps at others, and those others keep at it. */
export async function OfficesPanel({ actorKey }: { actorKey: string }) {
  const variables = { key: actorKey };
  const props = { id: 'offices', title: 'Offices', document: ActorOfficesPanelDocument, variables };
  try {
    const { actor } = await runOperation(ActorOfficesPanelDocument, variables);
    if (!actor) return null;
    return (
      <Panel {...props}>
        {actor.offices.length === 0 ? (
          <EmptyState>No offices are recorded.</EmptyState>
        ) : (
          <div className="scroll-region" tabIndex={0} role="region" aria-label="Offices table">
            <table className="record-table">
              <thead>
                <tr>
                  <th scope="col">Office</th>
                  <th scope="col">Owner</th>
                  <th scope="col">Host</th>
                  <th scope="col">City</th>
                  <th scope="col">Status</th>
                  <th scope="col">Opened on</th>
                </tr>
              </thead>
              <tbody>
                {actor.offices.map((o) => (
                  <tr key={o.key}>
                    <th scope="row">
                      <Link href={`/alliances#office-${o.key}`} prefetch={false}>
                        {o.name}
                      </Link>
                    </th>
                    <td>
                      <Link href={actorHref(o.owner.key)} prefetch={false}>
                        {o.owner.name}
                      </Link>
                    </td>
                    <td>
                      <Link href={actorHref(o.host.key)} prefetch={false}>
                        {o.host.name}
                      </Link>
                    </td>
                    <td>{o.city}</td>
                    <td>{OFFICE_STATUS[o.status]}</td>
                    <td>{o.openedOn ? formatPartialDate(o.openedOn) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Panel>
    );
  } catch (error) {
    return (
      <Panel {...props}>
        <ErrorState error={error} />
      </Panel>
    );
  }
}
