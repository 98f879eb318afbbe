import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Credibility, SourceReliability } from '@/graphql/__generated__/client/graphql';
import { GradeBadge, HiddenGradeNote } from './grade';
import styles from './evidence-line.module.css';

/**
 * The fields an evidence line shows: the `EvidenceLineFields` fragment
 * (app/statements/statement-fields.graphql) selects them all.
 */
export interface EvidenceLineData {
  source: { key: string; title: string | null; outlet: string; reliability: SourceReliability };
  excerpt?: string | null;
  note?: string | null;
  via?: { key?: string; name: string } | null;
  credibility: Credibility;
  inference?: string | null;
}

/** A source by its title, or, when the title is not known, by its outlet. */
export function sourceName(source: { title: string | null; outlet: string }): string {
  return source.title ?? source.outlet;
}

/**
 * Where a record comes from, in one line: the source (linking to /sources/<key>), its
 * verbatim words in quotes (or, without them, the dataset's note, never quoted), and whom
 * the source attributes them to ("via RIA Novosti").
 */
export function EvidenceLine({ evidence, label = 'Source' }: { evidence: EvidenceLineData; label?: string }) {
  const { source, excerpt, note, via, inference } = evidence;
  return (
    <p className={styles.line} data-part="evidence" data-reliability={source.reliability}>
      <span className={styles.label}>{label}:</span>{' '}
      <GradeBadge reliability={source.reliability} credibility={evidence.credibility} />{' '}
      <Link href={`/sources/${encodeURIComponent(source.key)}`} prefetch={false}>
        {sourceName(source)}
      </Link>
      {source.title && !source.title.startsWith(source.outlet) && <span> ({source.outlet})</span>}
      {excerpt && (
        <>
          {' '}
          <Excerpt text={excerpt} />
        </>
      )}
      {note && <span> {excerpt ? `(${note})` : note}</span>}
      {via && <span className={styles.via}> via {via.name}</span>}
      {inference && <span> Inference: {inference}</span>}
      <HiddenGradeNote reliability={source.reliability} />
    </p>
  );
}

/**
 * The source's words, in quotation marks once: <q> adds its own around plain words; an excerpt
 * wholly in quotation marks loses them first; one that quotes within itself ("“Such a line…,”
 * he said") keeps its own marks and gets none added.
 */
function Excerpt({ text }: { text: string }) {
  const { quoted, body } = excerptQuoting(text);
  return quoted ? <q className={styles.excerpt}>{body}</q> : <span className={styles.excerpt}>{body}</span>;
}

/** A source's words quoted as they stand, in the evidence line's excerpt style. */
export function QuotedExcerpt({ children }: { children: ReactNode }) {
  return <q className={styles.excerpt}>{children}</q>;
}

/** A line in the evidence line's place that is not one source: "and 2 more sources on …". */
export function EvidenceAside({ children }: { children: ReactNode }) {
  return <p className={styles.line}>{children}</p>;
}

const QUOTE_MARKS = /[“”"]/;

export function excerptQuoting(text: string): { quoted: boolean; body: string } {
  const trimmed = text.trim();
  const whole = /^[“"]([^“”"]*)[”"]$/.exec(trimmed);
  if (whole) return { quoted: true, body: whole[1]! };
  return QUOTE_MARKS.test(trimmed) ? { quoted: false, body: trimmed } : { quoted: true, body: trimmed };
}
