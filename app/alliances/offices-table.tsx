import Link from 'next/link';
import { formatPartialDate } from '@/app/components/format';
import { EmptyState } from '@/app/components/panel';
import type { OfficesTableFieldsFragment } from '@/graphql/__generated__/client/graphql';
import { OFFICE_STATUS } from './labels';
import { SourceLinks, type SourceLinkEvidence } from './source-links';
import styles from './offices-table.module.css';
import { ScrollRegion } from '@/app/components/scroll-region';

type Office = OfficesTableFieldsFragment & {
  /** Given on the alliances screen, which shows each office's sources. */
  evidence?: SourceLinkEvidence;
};

const actorHref = (key: string) => `/actors/${encodeURIComponent(key)}`;

/**
 * Offices as a table. On the alliances screen (`listing`) the rows are the anchors other pages
 * link to (`office-<key>`), with status badges and sources; elsewhere each office links to its
 * row there.
 */
export function OfficesTable({ offices, listing }: { offices: readonly Office[]; listing: boolean }) {
  if (offices.length === 0) return <EmptyState>No offices are recorded.</EmptyState>;
  return (
    <ScrollRegion className="scroll-region" label="Offices table">
      <table className="record-table">
        <thead>
          <tr>
            <th scope="col">Office</th>
            <th scope="col">Owner</th>
            <th scope="col">Host</th>
            <th scope="col">City</th>
            <th scope="col">Status</th>
            <th scope="col">Opened on</th>
            {listing && <th scope="col">Sources</th>}
          </tr>
        </thead>
        <tbody>
          {offices.map((o) => (
            <tr key={o.key} id={listing ? `office-${o.key}` : undefined}>
              <th scope="row">
                {listing ? (
                  o.name
                ) : (
                  <Link href={`/alliances#office-${o.key}`} prefetch={false}>
                    {o.name}
                  </Link>
                )}
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
              <td>
                {listing ? (
                  <span className={`${styles.status} ${o.status === 'PROPOSED' ? styles.proposed : ''}`}>
                    {OFFICE_STATUS[o.status]}
                  </span>
                ) : (
                  OFFICE_STATUS[o.status]
                )}
              </td>
              <td>{o.openedOn ? formatPartialDate(o.openedOn) : '—'}</td>
              {listing && (
                <td>
                  <SourceLinks evidence={o.evidence ?? []} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
