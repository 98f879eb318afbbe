import { ErrorState, Panel } from '@/app/components/panel';
import {
  AllianceOfficesPanelDocument,
  type AllianceOfficesPanelQuery,
  type OfficeStatus,
} from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';
import { OfficesTable } from './offices-table';

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
      <OfficesTable offices={sorted} listing />
    </Panel>
  );
}
