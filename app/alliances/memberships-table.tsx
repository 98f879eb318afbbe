import Link from 'next/link';
import { formatPartialDate } from '@/app/components/format';
import { EmptyState } from '@/app/components/panel';
import type { MembershipRole, MembershipStatus } from '@/graphql/__generated__/client/graphql';
import { MEMBERSHIP_STATUS, ROLE, allianceName } from './labels';
import { SourceLinks, type SourceLinkEvidence } from './source-links';
import { ScrollRegion } from '@/app/components/scroll-region';

interface Membership {
  key: string;
  role: MembershipRole;
  status: MembershipStatus;
  since: string | null;
  alliance: { key: string; name: string; acronym: string | null };
  /** Given on the alliances screen, which lists every actor's memberships. */
  actor?: { key: string; name: string };
  evidence: SourceLinkEvidence;
}

/**
 * Memberships as a table. On the alliances screen (`listing`) the rows are the anchors other
 * pages link to (`membership-<key>`), each names its actor, and the grouping links to its card
 * above; elsewhere the grouping links to the membership's row there.
 */
export function MembershipsTable({
  memberships,
  listing,
}: {
  memberships: readonly Membership[];
  listing: boolean;
}) {
  if (memberships.length === 0) return <EmptyState>No memberships are recorded.</EmptyState>;
  return (
    <ScrollRegion className="scroll-region" label="Memberships table">
      <table className="record-table">
        <thead>
          <tr>
            {listing && <th scope="col">Actor</th>}
            <th scope="col">In</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Since</th>
            <th scope="col">Sources</th>
          </tr>
        </thead>
        <tbody>
          {memberships.map((m) => (
            <tr key={m.key} id={listing ? `membership-${m.key}` : undefined}>
              {listing ? (
                <>
                  <th scope="row">
                    {m.actor && (
                      <Link href={`/actors/${encodeURIComponent(m.actor.key)}`} prefetch={false}>
                        {m.actor.name}
                      </Link>
                    )}
                  </th>
                  <td>
                    <a href={`#alliance-${m.alliance.key}`} title={m.alliance.name}>
                      {m.alliance.acronym ?? m.alliance.name}
                    </a>
                  </td>
                </>
              ) : (
                <th scope="row">
                  <Link href={`/alliances#membership-${m.key}`} prefetch={false}>
                    {allianceName(m.alliance)}
                  </Link>
                </th>
              )}
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
    </ScrollRegion>
  );
}
