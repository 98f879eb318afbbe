import type { Metadata } from 'next';
import { AlliancesPanel } from './alliances-panel';
import { MembershipsPanel } from './memberships-panel';
import { NetworkPanel } from './network-panel';
import { OfficesPanel } from './offices-panel';

// Read from the database on every request: the dataset changes under the running app.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Alliances' };

export default async function AlliancesPage() {
  // Awaited together and called as plain async functions so the page completes as one unit:
  // the streamed HTML then holds it whole and in order (see app/sanctions/page.tsx).
  const [alliances, memberships, offices, network] = await Promise.all([
    AlliancesPanel(),
    MembershipsPanel(),
    OfficesPanel(),
    NetworkPanel(),
  ]);
  return (
    <>
      <h1>Alliances, partnerships and offices</h1>
      <p className="lede">
        Who is tied to whom: alliances and partnership programmes, who takes part, the offices that carry the
        ties, and how they sit beside sanctions and hostile words.
      </p>
      {alliances}
      {memberships}
      {offices}
      {network}
    </>
  );
}
