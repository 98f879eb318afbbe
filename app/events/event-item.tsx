import Link from 'next/link';
import { EvidenceAside, EvidenceLine } from '@/app/components/evidence-line';
import { formatPartialDate, formatQuantity } from '@/app/components/format';
import { IntensityBadge } from '@/app/components/intensity-badge';
import type { EventItemFieldsFragment, EventKind } from '@/graphql/__generated__/client/graphql';
import styles from './event-item.module.css';

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  VISIT: 'Visit',
  AGREEMENT: 'Agreement',
  SUSPENSION: 'Suspension',
  CEREMONY: 'Ceremony',
  ATTACK: 'Attack',
  SANCTION: 'Sanction',
  INTELLIGENCE: 'Intelligence',
  MILITARY: 'Military',
  DIPLOMATIC: 'Diplomatic',
  OTHER: 'Other',
};

/**
 * One event: what happened and when (dates keep their precision), who took part, its figures
 * with their bounds, how well it is established, and its sources. The id is the event's key,
 * so `/events#<key>` lands on it.
 */
export function EventItem({
  event,
  headingLevel = 3,
  sourcesShown,
  historyLink = true,
}: {
  event: EventItemFieldsFragment;
  headingLevel?: 3 | 4;
  /** How many sources to list (the rest are counted); all when omitted. */
  sourcesShown?: number;
  /** Whether to link to the event's own page with its history (not on that page itself). */
  historyLink?: boolean;
}) {
  const Heading = `h${headingLevel}` as const;
  const shown = event.evidence.slice(0, sourcesShown ?? event.evidence.length);
  const hidden = event.evidence.length - shown.length;
  return (
    <article
      className="record-card target-ring"
      data-part="event"
      id={event.key}
      aria-labelledby={`${event.key}-title`}
    >
      <Heading className="record-title" id={`${event.key}-title`}>
        {event.title}
      </Heading>
      <p className="meta-row">
        <span className="badge kind">{EVENT_KIND_LABELS[event.kind]}</span>
        <time dateTime={event.date}>{formatPartialDate(event.date)}</time>
        {event.endDate && (
          <>
            {' '}
            – <time dateTime={event.endDate}>{formatPartialDate(event.endDate)}</time>
          </>
        )}
        {event.location && <span>{event.location}</span>}
        <span className={`badge verification verification-${event.verification.toLowerCase()}`}>
          {event.verification.toLowerCase()}
        </span>
        {event.intensity !== null && <IntensityBadge value={event.intensity} />}
      </p>
      <p className={styles.line}>{event.summary}</p>
      <p className={styles.line} data-part="event-actors">
        <span className="muted">Actors: </span>
        {event.actors.map((actor, i) => (
          <span key={actor.key}>
            {i > 0 && ', '}
            <Link href={`/actors/${encodeURIComponent(actor.key)}`} prefetch={false}>
              {actor.name}
            </Link>
          </span>
        ))}
      </p>
      {event.measurements.length > 0 && (
        <ul className={styles.measurements}>
          {event.measurements.map((m) => (
            <li key={m.label}>
              <strong className={styles.measurementValue}>{formatQuantity(m.quantity)}</strong>{' '}
              {m.quantity.unit}: {m.label}
              {m.quantity.text && <span className="muted"> (the source: “{m.quantity.text}”)</span>}
            </li>
          ))}
        </ul>
      )}
      <div>
        {shown.map((e, i) => (
          <EvidenceLine
            key={`${e.source.key}-${i}`}
            evidence={e}
            label={event.evidence.length > 1 ? `Source ${i + 1}` : 'Source'}
          />
        ))}
        {hidden > 0 && (
          <EvidenceAside>
            and {hidden} more {hidden === 1 ? 'source' : 'sources'} on{' '}
            <Link href={`/events#${encodeURIComponent(event.key)}`} prefetch={false}>
              the events page
            </Link>
          </EvidenceAside>
        )}
      </div>
      {historyLink && (
        <p className="fine-print">
          <Link href={`/records/${encodeURIComponent(event.id)}`} prefetch={false}>
            History<span className="visually-hidden"> of this event</span>
          </Link>
        </p>
      )}
    </article>
  );
}
