import type { ReactNode } from 'react';
import { AddedBy } from '@/app/components/record-history';
import { StatementItem } from '@/app/components/statement-item';
import { EventItem } from '@/app/events/event-item';
import { PackageList } from '@/app/sanctions/package-list';
import {
  EventRecordDocument,
  RecordKindDocument,
  SanctionPackageRecordDocument,
  StatementRecordDocument,
  type RevisionFieldsFragment,
} from '@/graphql/__generated__/client/graphql';
import { fromGlobalId, mayBeGlobalId } from '@/graphql/ids';
import { runOperation } from '@/graphql/server';

/*
 * A statement, event or sanctions package as its own page shows it; the desk's retraction
 * page shows the record the same way, so the analyst sees what they withdraw.
 */

/** Each kind's noun, and its heading when it stands (not retracted). */
export const KINDS = {
  Statement: { noun: 'statement', heading: 'A statement' },
  Event: { noun: 'event', heading: 'An event' },
  SanctionPackage: { noun: 'sanctions package', heading: 'A sanctions package' },
} as const;
export type Kind = keyof typeof KINDS;

/** The kind of record an id names, if it is one with a page of its own. */
export async function kindOf(id: string): Promise<Kind | null> {
  // An id no record can have (malformed, or its key holds a NUL) is not sent: the API refuses some.
  if (!fromGlobalId(id)) return null;
  const node = (await runOperation(RecordKindDocument, { id })).node;
  return node && node.__typename in KINDS ? (node.__typename as Kind) : null;
}

/** What a desk page says for an id that names no record; a text that cannot be an id is not echoed back. */
export function noRecordMessage(id: string, what: string): string {
  return mayBeGlobalId(id)
    ? `No ${what} has the id "${id}".`
    : `No ${what} has this id: an id is at most 1,400 letters, digits, "-" and "_".`;
}

/** The record (as the dashboard lists it), whether it was retracted, and its history. */
export async function recordOf(
  kind: Kind,
  id: string,
): Promise<{ body: ReactNode; retracted: boolean; revisions: readonly RevisionFieldsFragment[] } | null> {
  switch (kind) {
    case 'Statement': {
      const node = (await runOperation(StatementRecordDocument, { id })).node;
      if (node?.__typename !== 'Statement') return null;
      return { body: <StatementItem statement={{ ...node, id: undefined }} headingLevel={2} />, ...node };
    }
    case 'Event': {
      const node = (await runOperation(EventRecordDocument, { id })).node;
      if (node?.__typename !== 'Event') return null;
      return {
        body: (
          <>
            <EventItem event={node} historyLink={false} />
            <AddedBy revisions={node.revisions} />
          </>
        ),
        ...node,
      };
    }
    case 'SanctionPackage': {
      const node = (await runOperation(SanctionPackageRecordDocument, { id })).node;
      if (node?.__typename !== 'SanctionPackage') return null;
      return {
        body: (
          <>
            <p>
              {node.regime.imposer.name}&apos;s sanctions on {node.regime.target.name}
            </p>
            <PackageList packages={[node]} historyLinks={false} />
            <AddedBy revisions={node.revisions} />
          </>
        ),
        ...node,
      };
    }
  }
}
