import type { RevisionAction, RevisionFieldsFragment } from '@/graphql/__generated__/client/graphql';
import { fieldWords } from './field-words';
import { formatInstant } from './format';
import styles from './record-history.module.css';

const ACTION_WORDS: Record<RevisionAction, string> = {
  CREATED: 'Added',
  UPDATED: 'Corrected',
  RETRACTED: 'Retracted',
};

/** The retraction among a record's changes, if it was retracted (its last change). */
export function retractionOf(
  revisions: readonly RevisionFieldsFragment[],
): RevisionFieldsFragment | undefined {
  return revisions.findLast((r) => r.action === 'RETRACTED');
}

/**
 * The notice at the top of a retracted record's page: it says so, with the reason, when and by
 * whom, because the record is shown nowhere else any more and a reader may arrive by a link.
 */
export function RetractedNotice({
  revisions,
  what,
}: {
  revisions: readonly RevisionFieldsFragment[];
  what: string;
}) {
  const retraction = retractionOf(revisions);
  return (
    <div className={styles.retracted} role="note" data-part="retracted">
      <p>
        <strong>Retracted.</strong> This {what} was withdrawn
        {retraction && (
          <>
            {' '}
            on <time dateTime={retraction.at}>{formatInstant(retraction.at)}</time> by {retraction.by}
          </>
        )}
        . It is left out of every list, count, chart, search, download and the tension index.
      </p>
      {retraction?.reason && <p>Reason: {retraction.reason}</p>}
    </div>
  );
}

/** Every change to a record, oldest first: when, who, what, which fields and why. */
export function RecordHistory({ revisions }: { revisions: readonly RevisionFieldsFragment[] }) {
  if (revisions.length === 0) {
    return (
      <p className="muted">
        No changes recorded: this record comes from the curated dataset, not from an analyst&apos;s write, and
        who curated it is not recorded.
      </p>
    );
  }
  // A list, not a table: it stays readable at 375 px without a scrolling region.
  return (
    <ol className={styles.history}>
      {revisions.map((r, i) => (
        <li key={i} data-action={r.action}>
          <time dateTime={r.at}>{formatInstant(r.at)}</time>: {ACTION_WORDS[r.action]} by {r.by}
          {r.fields.length > 0 && <> (fields: {r.fields.map(fieldWords).join(', ')})</>}
          {r.reason && <span className={styles.reason}>Reason: {r.reason}</span>}
        </li>
      ))}
    </ol>
  );
}

/** Who added a record through the API, and when: nothing for a curated record, whose curator is not recorded. */
export function AddedBy({ revisions }: { revisions: readonly RevisionFieldsFragment[] }) {
  const created = revisions.find((r) => r.action === 'CREATED');
  if (!created) return null;
  return (
    <p className="fine-print" data-part="provenance">
      Added by {created.by}, <time dateTime={created.at}>{formatInstant(created.at)}</time>
    </p>
  );
}
