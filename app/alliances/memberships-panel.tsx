import Link from 'next/link';
import { formatPartialDate } from '@/app/components/format';
import { EmptyState, ErrorState, Panel } from '@/app/components/panel';
import {
  AllianceMembershipsPanelDocument,
  type AllianceMembershipsPanelQuery,
} from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';
import { MEMBERSHIP_STATUS, ROLE } from './labels';
import { SourceLinks } from './source-links';

type Alliance = AllianceMembershipsPanelQuery['alliances'][number];

const TITLE = 'Memberships';

/** Who takes part in what, and how: one row per membership (id `membership-<key>`). */
export async function MembershipsPanel() {
  let alliances: Alliance[];
  try {
    alliances = (await runOperation(AllianceMembershipsPanelDocument)).alliances;
  } catch (error) {
    return (
      <Panel id="memberships" title={TITLE} document={AllianceMembershipsPanelDocument}>
        <ErrorState error={error} />
      </Panel>
    );
  }
  const rows = alliances.flatMap((alliance) => alliance.members.map((m) => ({ alliance, m })));
  return (
    <Panel id="memberships" title={TITLE} document={AllianceMembershipsPanelDocument}>
      {rows.length === 0 ? (
        <EmptyState>No memberships are recorded.</EmptyState>
      ) : (
        <div className="scroll-region" tabIndex={0} role="region" aria-label="Memberships table">
          <table className="record-table">
            <thead>
              <tr>
                <th scope="col">Actor</th>
                <th scope="col">In</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
                <th scope="col">Since</th>
                <th scope="col">Sources</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ alliance, m }) => (
                <tr key={m.key} id={`membership-${m.key}`}>
                  <th scope="row">
                    <Link href={`/actors/${encodeURIComponent(m.actor.key)}`} prefetch={false}>
                      {m.actor.name}
                    </Link>
                  </th>
                  <td>
                    <a href={`#alliance-${alliance.key}`} title={alliance.name}>
                      {alliance.acronym ?? alliance.name}
                    </a>
                  </td>
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
}
