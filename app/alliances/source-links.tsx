import Link from 'next/link';

/** The sources of a record as short links (outlet names), for a table cell. */
export function SourceLinks({
  evidence,
}: {
  evidence: ReadonlyArray<{ source: { key: string; title: string; outlet: string } }>;
}) {
  const sources = [...new Map(evidence.map((e) => [e.source.key, e.source])).values()];
  return (
    <ul className="inline-list">
      {sources.map((s) => (
        <li key={s.key}>
          <Link href={`/sources/${encodeURIComponent(s.key)}`} prefetch={false} title={s.title}>
            {s.outlet}
          </Link>
        </li>
      ))}
    </ul>
  );
}
