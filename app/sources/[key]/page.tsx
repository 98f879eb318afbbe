import type { Metadata } from 'next';
import { SourcePanelDocument } from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';
import { CitedByPanel } from './cited-by-panel';
import { SourcePanel } from './source-panel';

// Read from the database on every request: the dataset changes under the running app.
export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ key: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { key } = await params;
  try {
    const { source } = await runOperation(SourcePanelDocument, { key });
    return { title: source?.title ?? 'Source not found' };
  } catch {
    return { title: 'Source' };
  }
}

export default async function SourcePage({ params }: Props) {
  const { key } = await params;
  // Awaited together and called as plain async functions so the page completes as one unit
  // (see app/sanctions/page.tsx).
  const [source, citedBy] = await Promise.all([
    SourcePanel({ sourceKey: key }),
    CitedByPanel({ sourceKey: key }),
  ]);
  return (
    <>
      {source}
      {citedBy}
    </>
  );
}
