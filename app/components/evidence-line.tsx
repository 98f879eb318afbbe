import Link from 'next/link';

/**
 * The fields an evidence line shows. Select them in any query as
 * `evidence { source { key title } excerpt note via { key name } }`; `outlet` is optional.
 */
export interface EvidenceLineData {
  source: { key: string; title: string; outlet?: string | null };
  excerpt?: string | null;
  note?: string | null;
  via?: { key?: string; name: string } | null;
}

/**
 * Where a record comes from, in one line: the source (linking to /sources/<key>), its
 * verbatim words in quotes (or, without them, the dataset's note, never quoted), and whom
 * the source attributes them to ("via RIA Novosti").
 */
export function EvidenceLine({ evidence, label = 'Source' }: { evidence: EvidenceLineData; label?: string }) {
  const { source, excerpt, note, via } = evidence;
  return (
    <p className="evidence-line">
      <span className="evidence-label">{label}:</span>{' '}
      <Link href={`/sources/${encodeURIComponent(source.key)}`} prefetch={false} className="evidence-source">
        {source.title}
      </Link>
      {source.outlet && !source.title.startsWith(source.outlet) && (
        <span className="evidence-outlet"> ({source.outlet})</span>
      )}
      {excerpt && (
        <>
          {' '}
          <q className="evidence-excerpt">{stripQuotes(excerpt)}</q>
        </>
      )}
      {note && <span className="evidence-note"> {excerpt ? `(${note})` : note}</span>}
      {via && <span className="evidence-via"> via {via.name}</span>}
    </p>
  );
}

/** An excerpt wholly in quotation marks loses them: <q> adds its own. */
function stripQuotes(text: string): string {
  const match = /^[“"]([^“”"]*)[”"]$/.exec(text.trim());
  return match?.[1] ?? text;
}
