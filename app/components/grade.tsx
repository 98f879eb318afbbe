import type { Credibility, SourceReliability } from '@/graphql/__generated__/client/graphql';

/** The Admiralty scale in words, for a source (A-F) and for one piece of information (1-6). */
export const RELIABILITY_WORDS: Record<SourceReliability, string> = {
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  D: 'not usually reliable',
  E: 'unreliable',
  F: 'reliability cannot be judged',
};

const CREDIBILITY: Record<Credibility, [digit: number, words: string]> = {
  CONFIRMED: [1, 'confirmed by other sources'],
  PROBABLY_TRUE: [2, 'probably true'],
  POSSIBLY_TRUE: [3, 'possibly true'],
  DOUBTFUL: [4, 'doubtful'],
  IMPROBABLE: [5, 'improbable'],
  CANNOT_BE_JUDGED: [6, 'truth cannot be judged'],
};

export function credibilityWords(credibility: Credibility): string {
  return CREDIBILITY[credibility][1];
}

/**
 * A citation's grade in Admiralty notation, "B2": the source's reliability letter and the
 * information's credibility digit, spelled out for screen readers and on hover.
 */
export function GradeBadge({
  reliability,
  credibility,
}: {
  reliability: SourceReliability;
  credibility?: Credibility | null;
}) {
  const [digit, words] = credibility ? CREDIBILITY[credibility] : [null, null];
  const title = `Source ${RELIABILITY_WORDS[reliability]} (${reliability})${words ? `; information ${words} (${digit})` : ''}`;
  return (
    <abbr
      className={`grade grade-${reliability.toLowerCase()}`}
      title={title}
      aria-label={`Grade ${reliability}${digit ?? ''}: ${title}`}
    >
      {reliability}
      {digit}
    </abbr>
  );
}

/**
 * What stands in for a citation the reader's "Sources shown" choice hides (globals.css shows it
 * only then): the record keeps a visible mark that it has a source, and of what grade, instead
 * of reading as if it had none.
 */
export function HiddenGradeNote({ reliability }: { reliability: SourceReliability }) {
  return <span className="grade-hidden-note">A source graded {reliability} (hidden by “Sources shown”)</span>;
}
