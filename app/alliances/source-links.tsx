import Link from 'next/link';
import type { Credibility, SourceReliability } from '@/graphql/__generated__/client/graphql';
import { GradeBadge, HiddenGradeNote } from '@/app/components/grade';

export type SourceLinkEvidence = ReadonlyArray<{
  credibility: Credibility;
  source: { key: string; title: string | null; outlet: string; reliability: SourceReliability };
}>;

/** The sources of a record as short links (outlet names) with their grades, for a table cell. */
export function SourceLinks({ evidence }: { evidence: SourceLinkEvidence }) {
  const seen = new Set<string>();
  const first = evidence.filter((e) => !seen.has(e.source.key) && seen.add(e.source.key));
  return (
    <ul className="inline-list">
      {first.map(({ source, credibility }) => (
        <li key={source.key} data-reliability={source.reliability}>
          <GradeBadge reliability={source.reliability} credibility={credibility} />{' '}
          <Link
            href={`/sources/${encodeURIComponent(source.key)}`}
            prefetch={false}
            title={source.title ?? undefined}
          >
            {source.outlet}
          </Link>
          <HiddenGradeNote reliability={source.reliability} />
        </li>
      ))}
    </ul>
  );
}
