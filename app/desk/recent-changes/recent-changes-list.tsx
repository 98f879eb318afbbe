'use client';

import { useQuery, useSuspenseQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useState } from 'react';
import { formatInstant } from '@/app/components/format';
import { DeskRecentChangesDocument } from '@/graphql/__generated__/client/graphql';
// A change log, laid out as a record's own history is.
import styles from '@/app/components/record-history.module.css';
import {
  arrivalNotice,
  changeKey,
  CHANGE_VERBS,
  nounOf,
  recordHref,
  RECENT_CHANGES_SHOWN,
  type RecentChange,
} from './recent-change-words';

/** How often the list asks for newer changes while the tab is in view. */
const POLL_MS = 10_000;

/**
 * The latest changes by anyone, newest first. The server's list is in the Apollo cache when this
 * first renders; from the browser the same query is asked again every ten seconds (not while
 * the tab is hidden), and what it brings replaces the list in the cache, which renders it here.
 * New entries are announced politely, once each.
 */
export function RecentChangesList() {
  const variables = { first: RECENT_CHANGES_SHOWN };
  const { data } = useSuspenseQuery(DeskRecentChangesDocument, { variables });
  useQuery(DeskRecentChangesDocument, {
    variables,
    ssr: false,
    pollInterval: POLL_MS,
    skipPollAttempt: () => document.hidden,
  });
  const changes = data.recentRevisions;

  // Compared during render with the list last seen (React's pattern for deriving from a change).
  const [seen, setSeen] = useState(changes);
  const [notice, setNotice] = useState('');
  if (changes !== seen) {
    const before = new Set(seen.map(changeKey));
    setSeen(changes);
    setNotice(arrivalNotice(changes.filter((c) => !before.has(changeKey(c)))) || notice);
  }

  return (
    <>
      <p className="visually-hidden" role="status" aria-live="polite">
        {notice}
      </p>
      {changes.length === 0 ? (
        <p className="muted">No record has been added, corrected or retracted through the API yet.</p>
      ) : (
        <ol className={styles.history} data-part="recent-changes">
          {changes.map((c) => (
            <ChangeItem key={changeKey(c)} change={c} />
          ))}
        </ol>
      )}
    </>
  );
}

function ChangeItem({ change: c }: { change: RecentChange }) {
  return (
    <li data-action={c.action}>
      <time dateTime={c.at}>{formatInstant(c.at)}</time>: {c.by} {CHANGE_VERBS[c.action]} the{' '}
      {nounOf(c.record.type)} <Link href={recordHref(c.record)}>{c.record.label}</Link>
      {c.record.retracted && c.action !== 'RETRACTED' && <> (since retracted)</>}
      {c.action === 'UPDATED' && c.fields.length > 0 && <> (fields: {c.fields.join(', ')})</>}
      {c.reason && <span className={styles.reason}>Reason: {c.reason}</span>}
    </li>
  );
}
