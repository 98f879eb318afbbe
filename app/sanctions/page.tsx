import type { Metadata } from 'next';
import { DesignationsPanel } from './designations-panel';
import { PackagesPanel } from './packages-panel';
import { RegimesPanel } from './regimes-panel';
import { ClaimsPanel } from './claims-panel';
import { ResponsesPanel } from './responses-panel';
import { ScrollToHash } from '@/app/components/scroll-to-hash';

// Read from the database on every request: the dataset changes under the running app.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Sanctions' };

function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function SanctionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  // The panels are awaited together and called as plain async functions, not rendered as
  // async components: the page then completes as one unit, so the streamed HTML holds it whole
  // and in order (readable with scripts off, see globals.css), while loading.tsx still covers
  // client-side navigation. Each panel keeps its own query and its own error state.
  const [regimes, claims, packages, responses, designations] = await Promise.all([
    RegimesPanel(),
    ClaimsPanel(),
    PackagesPanel(),
    ResponsesPanel(),
    DesignationsPanel({ regime: one(params.regime), after: one(params.after) }),
  ]);
  return (
    <>
      {/* Links from other pages name a package (#key): bring it into view once it is there. */}
      <ScrollToHash />
      <h1>Sanctions</h1>
      <p className="lede">
        Who sanctions whom, in which packages, with the figures as each source states them beside what this
        dataset counts.
      </p>
      {regimes}
      {claims}
      {packages}
      {responses}
      {designations}
    </>
  );
}
