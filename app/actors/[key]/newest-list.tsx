import type { ReactNode } from 'react';
import { EmptyState } from '@/app/components/panel';

/** The newest of an actor's records, how many there are in all, and a download of them all. */
export function NewestList<Item extends { key: string }>(props: {
  items: readonly Item[];
  totalCount: number;
  exportHref: string;
  empty: string;
  renderItem: (item: Item) => ReactNode;
}) {
  const { items, totalCount, exportHref, empty, renderItem } = props;
  if (items.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <>
      <p className="note">
        {items.length < totalCount
          ? `The ${items.length} newest of ${totalCount}.`
          : `${totalCount} in all, newest first.`}{' '}
        <a href={exportHref} download>
          Download all as CSV
        </a>
      </p>
      <ol className="record-list">
        {items.map((item) => (
          <li key={item.key}>{renderItem(item)}</li>
        ))}
      </ol>
    </>
  );
}
