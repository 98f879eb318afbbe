'use client';

import { ExportLinks, FormProblems } from '@/app/components/feed-page';
import { useStatementQuery } from './use-statement-query';

/** What the URL's filters say above the lists: parts left out, and the downloads of the same selection. */
export function StatementUrlNotes() {
  const query = useStatementQuery();
  return (
    <>
      {/* The words' problem is said beside their box (WordsProblem). */}
      <FormProblems problems={query.problems.filter((p) => p !== query.faults.text)} />
      <ExportLinks
        dataset="statements"
        noun="statement"
        params={query.params}
        reversed={!!query.reversedRange}
      />
    </>
  );
}
