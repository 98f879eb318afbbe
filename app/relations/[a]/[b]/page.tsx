import type { Metadata } from 'next';
import { PairPickerPanel } from '../../pair-picker-panel';
import { RelationAlignmentsPanel } from '../../relation-alignments-panel';
import { RelationEventsPanel } from '../../relation-events-panel';
import { RelationHeaderPanel } from '../../relation-header-panel';
import { RelationSanctionsPanel } from '../../relation-sanctions-panel';
import { RelationStatementsPanel } from '../../relation-statements-panel';
import { TensionPanel } from '../../tension-panel';
import { FormProblems } from '@/app/components/feed-page';
import { readingParams } from '../../reading-params';
import { lookUpRelation } from './relation-lookup';

// Read from the database on every request: the dataset changes under the running app.
export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ a: string; b: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { a, b } = await params;
  const relation = await lookUpRelation(a, b);
  return { title: relation ? `${relation.a.name} – ${relation.b.name}` : 'Relation' };
}

/** One pair: the index and its trend, what drives it, and every record between the two. */
export default async function RelationPage({ params, searchParams }: Props) {
  const { a, b } = await params;
  // Today unless the URL names another day (`?asOf=2025-11-11`), as the API reads it.
  const { asOf, period, problems } = readingParams(await searchParams);

  if (a === b) {
    return (
      <>
        <h1>Choose two different actors</h1>
        <p className="lede">A relation needs two sides; both were “{a}”.</p>
        <PairPickerPanel a={a} b={a === 'japan' ? 'russia' : 'japan'} />
      </>
    );
  }

  const path = `/relations/${encodeURIComponent(a)}/${encodeURIComponent(b)}`;
  return (
    <div className="relation-page">
      <FormProblems problems={problems} leftOut={false} />
      <RelationHeaderPanel a={a} b={b} period={period} asOf={asOf} />
      <PairPickerPanel a={a} b={b} />
      <TensionPanel a={a} b={b} period={period} asOf={asOf} switchPath={path} />
      <div className="panel-grid">
        <RelationStatementsPanel a={a} b={b} />
        <div className="panel-column">
          <RelationSanctionsPanel a={a} b={b} />
          <RelationAlignmentsPanel a={a} b={b} />
        </div>
      </div>
      <RelationEventsPanel a={a} b={b} />
    </div>
  );
}
