import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { Panel } from '@/app/components/panel';
import { RecordHistory, RetractedNotice } from '@/app/components/record-history';
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
import { runOperation } from '@/graphql/server';

// Read from the database on every request: a record can be corrected or retracted at any time.
export const dynamic = 'force-dynamic';

interface RecordPageProps {
  params: Promise<{ id: string }>;
}

/** Each kind's noun, and its heading when it stands (not retracted). */
const KINDS = {
  Statement: { noun: 'statement', heading: 'A statement' },
  Event: { noun: 'event', heading: 'An event' },
  SanctionPackage: { noun: 'sanctions package', heading: 'A sanctions package' },
} as const;
type Kind = keyof typeof KINDS;

/** The kind of record an id names, if it is one with a page of its own. */
async function kindOf(id: string): Promise<Kind | null> {
  const node = (await runOperation(RecordKindDocument, { id })).node;
  return node && node.__typename in KINDS ? (node.__typename as Kind) : null;
}

// Next hands the id over decoded already: decoding it again would misread an id holding "%"
// and throw on one whose second decoding is malformed (/records/%25E0%25A4), a blank error page.
export async function generateMetadata({ params }: RecordPageProps): Promise<Metadata> {
  const kind = await kindOf((await params).id).catch(() => null);
  return { title: kind ? `${KINDS[kind].heading} and its history` : 'Record not found' };
}

/** The record (as the dashboard lists it), whether it was retracted, and its history. */
async function recordOf(
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
      return { body: <EventItem event={node} historyLink={false} />, ...node };
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
          </>
        ),
        ...node,
      };
    }
  }
}

/** One statement, event or sanctions package by its global id, with every change made to it. */
export default async function RecordPage({ params }: RecordPageProps) {
  const { id } = await params;
  const kind = await kindOf(id);
  const record = kind && (await recordOf(kind, id));
  if (!kind || !record) notFound();
  const { noun, heading } = KINDS[kind];
  return (
    <>
      <h1>{record.retracted ? `A retracted ${noun}` : heading}</h1>
      {record.retracted && <RetractedNotice revisions={record.revisions} what={noun} />}
      <Panel id="record" title="Record">
        {record.body}
      </Panel>
      <Panel id="history" title="History">
        <RecordHistory revisions={record.revisions} />
      </Panel>
    </>
  );
}
