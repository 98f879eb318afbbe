import { ErrorState, Panel } from '@/app/components/panel';
import {
  AllianceMembershipsPanelDocument,
  type AllianceMembershipsPanelQuery,
} from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';
import { MembershipsTable } from './memberships-table';

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
  const rows = alliances.flatMap((alliance) => alliance.members.map((m) => ({ ...m, alliance })));
  return (
    <Panel id="memberships" title={TITLE} document={AllianceMembershipsPanelDocument}>
      <MembershipsTable memberships={rows} listing />
    </Panel>
  );
}
