import { HeadlinePanel } from './headline-panel';
import { RecentEventsPanel } from './overview/recent-events-panel';
import { RelationAlignmentsPanel } from './relations/relation-alignments-panel';
import { RelationHeaderPanel } from './relations/relation-header-panel';
import { RelationStatementsPanel } from './relations/relation-statements-panel';
import { TensionPanel } from './relations/tension-panel';
import { FormProblems } from './components/feed-page';
import { readingParams } from './relations/reading-params';

// Read from the database on every request: the dataset changes under the running app.
export const dynamic = 'force-dynamic';

const A = 'russia';
const B = 'japan';

/** The seed's pair at a glance: the index and its trend, the headline figures, and what drives them. */
export default async function OverviewPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  // Today unless the URL names another day (`?asOf=2025-11-11`), as the API reads it.
  const { asOf, problems } = readingParams(await searchParams);
  // No loading boundary: the overview's reads take tens of milliseconds (the index is kept per
  // data version), and a loading state in their place would hold back the first full paint.
  return (
    <div className="overview">
      <FormProblems problems={problems} leftOut={false} />
      <RelationHeaderPanel
        a={A}
        b={B}
        asOf={asOf}
        fallbackTitle="Russia – Japan"
        more={{
          href: `/relations/${A}/${B}`,
          label: 'The whole relation: sanctions, events, every period',
        }}
      />
      <HeadlinePanel />
      <TensionPanel a={A} b={B} period="MONTH" asOf={asOf} title="Tension over time, and what drives it" />
      <div className="panel-grid">
        <RelationStatementsPanel a={A} b={B} first={5} title="Latest statements" />
        <div className="panel-column">
          <RelationAlignmentsPanel a={A} b={B} withEvidence={false} />
          <RecentEventsPanel first={5} />
        </div>
      </div>
    </div>
  );
}
