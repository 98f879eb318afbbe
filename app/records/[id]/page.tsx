import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Panel } from '@/app/components/panel';
import { RecordHistory, RetractedNotice } from '@/app/components/record-history';
import { AnalystLinks } from './analyst-links';
import { KINDS, kindOf, recordOf } from './record-view';

// Read from the database on every request: a record can be corrected or retracted at any time.
export const dynamic = 'force-dynamic';

interface RecordPageProps {
  params: Promise<{ id: string }>;
}

// Next hands the id over decoded already: decoding it again would misread an id holding "%"
// and throw on one whose second decoding is malformed (/records/%25E0%25A4), a blank error page.
export async function generateMetadata({ params }: RecordPageProps): Promise<Metadata> {
  const kind = await kindOf((await params).id).catch(() => null);
  return { title: kind ? `${KINDS[kind].heading} and its history` : 'Record not found' };
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
      {!record.retracted && <AnalystLinks id={id} kind={kind} />}
    </>
  );
}
