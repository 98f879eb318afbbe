import type { Metadata } from 'next';
import Link from 'next/link';
import { Panel } from '@/app/components/panel';
import { RetractedNotice } from '@/app/components/record-history';
import { KINDS, kindOf, noRecordMessage, recordOf } from '@/app/records/[id]/record-view';
import { DeskHeading } from '../../desk-heading';
import { requireAnalyst } from '../../session';
import { RetractForm } from '../retract-form';

export const metadata: Metadata = { title: 'Retract a record · Desk' };

// Read from the database on every request: a record can be retracted at any time.
export const dynamic = 'force-dynamic';

/** A statement, event or sanctions package shown as its page shows it, with the form that retracts it. */
export default async function RetractRecordPage({ params }: { params: Promise<{ id: string }> }) {
  // Next hands the id over decoded already.
  const { id } = await params;
  const analyst = await requireAnalyst(`/desk/retract/${encodeURIComponent(id)}`);
  const kind = await kindOf(id);
  const record = kind && (await recordOf(kind, id));
  if (!kind || !record) {
    return (
      <>
        <DeskHeading analystName={analyst.name} title="Retract a record" />
        <p>{noRecordMessage(id, 'statement, event or sanctions package')}</p>
      </>
    );
  }
  const { noun } = KINDS[kind];
  return (
    <>
      <DeskHeading analystName={analyst.name} title={`Retract ${noun === 'event' ? 'an' : 'a'} ${noun}`} />
      {record.retracted ? (
        // Also what a plain form post comes back to once the retraction is made.
        <>
          <RetractedNotice revisions={record.revisions} what={noun} />
          <RetractForm id={id} noun={noun} closed />
          <p>
            <Link href={`/records/${encodeURIComponent(id)}`} prefetch={false}>
              Open its record, marked retracted
            </Link>
          </p>
        </>
      ) : (
        <>
          <Panel id="record" title="Record">
            {record.body}
          </Panel>
          <RetractForm id={id} noun={noun} />
        </>
      )}
    </>
  );
}
