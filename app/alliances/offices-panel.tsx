import Link from 'next/link';
import { formatPartialDate } from '@/app/components/format';
import { EmptyState, ErrorState, Panel } from '@/app/components/panel';
import {
  AllianceOfficesPanelDocument,
  type AllianceOfficesPanelQuery,
  type OfficeStatus,
} from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';
import { OFFICE_STATUS } from './labels';
import { SourceLinks } from './source-links';

type Office = AllianceOfficesPanelQuery['offices'][number];

const TITLE = 'Offices';
const ORDER: OfficeStatus[] = ['OPEN', 'PROPOSED', 'CLOSED'];

/** Offices open, then proposed, then closed (id `office-<key>` on each row). */
export async function OfficesPanel() {
  let offices: Office[];
  try {
    offices = (await runOperation(AllianceOfficesPanelDocument)).offices;
  } catch (error) {
    return (
      <Panel id="offices" title={TITLE} document={AllianceOfficesPanelDocument}>
        <ErrorState error={error} />
      </Panel>
    );
  }
  const sorted = [...offices].sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status));
  return (
    <Panel id="offices" title={TITLE} document={AllianceOfficesPanelDocument}>
      {sorted.length === 0 ? (
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
                <th scope="col">Sources</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((o) => (
                <tr key={o.key} id={`office-${o.key}`}>
                  <th scope="row">{o.name}</th>
                  <td>
                    <Link href={`/actors/${encodeURIComponent(o.owner.key)}`} prefetch={false}>
                      {o.owner.name}
                    </Link>
                  </td>
                  <td>
                    <Link href={`/actors/${encodeURIComponent(o.host.key)}`} prefetch={false}>
                      {o.host.name}
                    </Link>
                  </td>
                  <td>{o.city}</td>
                  <td>
                    <span className={`status status-${o.status.toLowerCase()}`}>
                      {OFFICE_STATUS[o.status]}
                    </span>
                  </td>
                  <td>{o.openedOn ? formatPartialDate(o.openedOn) : '—'}</td>
                  <td>
                    <SourceLinks evidence={o.evidence} />
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
