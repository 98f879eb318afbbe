import type { Metadata } from 'next';
import { keyedTitle, type KeyedPageProps } from '@/app/components/keyed-route';
import { SourcePanelDocument } from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';
import { CitedByPanel } from './cited-by-panel';
import { SourcePanel } from './source-panel';
import { ExcerptsPanel } from './excerpts-panel';
import { sourceName } from '@/app/components/evidence-line';

// Read from the database on every request: the dataset changes under the running app.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: KeyedPageProps): Promise<Metadata> {
  const { key } = await params;
  return keyedTitle('Source', key, async () => {
    const source = (await runOperation(SourcePanelDocument, { key })).source;
    return source ? sourceName(source) : undefined;
  });
}

export default async function SourcePage({ params }: KeyedPageProps) {
  const { key } = await params;
  // Awaited together and called as plain async functions so the page completes as one unit
  // (see app/sanctions/page.tsx).
  const [source, excerpts, citedBy] = await Promise.all([
    SourcePanel({ sourceKey: key }),
    ExcerptsPanel({ sourceKey: key }),
    CitedByPanel({ sourceKey: key }),
  ]);
  return (
    <>
      {source}
      {excerpts}
      {citedBy}
    </>
  );
}
