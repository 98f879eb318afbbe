import Link from 'next/link';
import type { Stance } from '@/graphql/__generated__/client/graphql';
import { EvidenceLine, type EvidenceLineData } from './evidence-line';
import { formatInstant, formatPartialDate } from './format';
import { IntensityBadge } from './intensity-badge';
import styles from './statement-item.module.css';

/**
 * The fields a statement item shows. Select them in any query as
 * `key date quote summary stance intensity verification speaker { key name }
 *  targets { key name } topics { key label } evidence { source { key title } excerpt note via { key name } }`
 * (`verification` and `topics` are optional).
 */
export interface StatementItemData {
  /** Its global id: given, the item links to the statement's own page (/records/<id>). */
  id?: string;
  key: string;
  date: string;
  quote?: string | null;
  summary: string;
  stance: Stance;
  intensity: number;
  verification?: string | null;
  speaker: { key: string; name: string };
  targets: ReadonlyArray<{ key: string; name: string }>;
  topics?: ReadonlyArray<{ key: string; label: string }>;
  evidence: EvidenceLineData;
  /** Its changes; a CREATED one says who added it through the API, and when. */
  revisions?: ReadonlyArray<{ action: string; by: string; at: string }>;
}

export const STANCE_LABELS: Record<Stance, string> = {
  HOSTILE: 'Hostile',
  CRITICAL: 'Critical',
  NEUTRAL: 'Neutral',
  SUPPORTIVE: 'Supportive',
  CONCILIATORY: 'Conciliatory',
};

/** A stance as a small labelled badge; the colour is decoration, the word carries the meaning. */
export function StanceBadge({ stance }: { stance: Stance }) {
  return <span className={`badge stance stance-${stance.toLowerCase()}`}>{STANCE_LABELS[stance]}</span>;
}

/**
 * One statement: the quote (or the summary when the source only paraphrases), who said it to
 * whom and when, its stance and Goldstein intensity, and its evidence. The element's id is the
 * statement's key, so `#<key>` links land on it.
 */
export function StatementItem({
  statement,
  headingLevel = 3,
}: {
  statement: StatementItemData;
  headingLevel?: 2 | 3 | 4;
}) {
  const { key, date, quote, summary, stance, intensity, verification, speaker, targets, topics } = statement;
  const Heading = `h${headingLevel}` as const;
  return (
    <article
      className="record-card target-ring"
      data-part="statement"
      id={key}
      aria-labelledby={`${key}-title`}
    >
      <Heading className="record-title" id={`${key}-title`}>
        <Link href={`/actors/${encodeURIComponent(speaker.key)}`} prefetch={false}>
          {speaker.name}
        </Link>{' '}
        on{' '}
        {targets.map((target, i) => (
          <span key={target.key}>
            {i > 0 && ', '}
            <Link href={`/actors/${encodeURIComponent(target.key)}`} prefetch={false}>
              {target.name}
            </Link>
          </span>
        ))}
      </Heading>
      {quote ? (
        <blockquote className={styles.quote}>
          <p>{quote}</p>
        </blockquote>
      ) : null}
      <p className={quote ? `${styles.summary} ${styles.underQuote} muted` : styles.summary}>{summary}</p>
      <p className="meta-row">
        <time dateTime={date}>{formatPartialDate(date)}</time>
        <StanceBadge stance={stance} />
        <IntensityBadge value={intensity} />
        {verification && <span className="badge verification">{verification.toLowerCase()}</span>}
        {topics && topics.length > 0 && (
          <span className="fine-print">{topics.map((t) => t.label).join(' · ')}</span>
        )}
      </p>
      <EvidenceLine evidence={statement.evidence} />
      <Provenance statement={statement} />
    </article>
  );
}

/**
 * Who added the statement through the API and when (nothing for a curated record, whose curator
 * is not recorded), and a link to its own page with its history.
 */
function Provenance({ statement }: { statement: StatementItemData }) {
  const created = statement.revisions?.find((r) => r.action === 'CREATED');
  if (!created && !statement.id) return null;
  return (
    <p className="fine-print" data-part="provenance">
      {created && (
        <>
          Added by {created.by}, <time dateTime={created.at}>{formatInstant(created.at)}</time>
          {statement.id && ' · '}
        </>
      )}
      {statement.id && (
        <Link href={`/records/${encodeURIComponent(statement.id)}`} prefetch={false}>
          History<span className="visually-hidden"> of this statement</span>
        </Link>
      )}
    </p>
  );
}
