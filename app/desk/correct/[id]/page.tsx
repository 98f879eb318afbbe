import type { Metadata } from 'next';
import Link from 'next/link';
import { ApolloBoundary } from '@/app/components/apollo-boundary';
import { DeskStatementToCorrectDocument } from '@/graphql/__generated__/client/graphql';
import { fromGlobalId } from '@/graphql/ids';
import { runOperation } from '@/graphql/server';
import { noRecordMessage } from '@/app/records/[id]/record-view';
import { heldValues } from '../../correction-input';
import { DeskHeading } from '../../desk-heading';
import { heldDigest } from '../../held-digest';
import { nounOf, recordHref } from '../../recent-changes/recent-change-words';
import { requireAnalyst } from '../../session';
import { CorrectionForm } from '../correction-form';

export const metadata: Metadata = { title: 'Correct a statement · Desk' };

// Read from the database on every request: the form is filled with the statement as held now.
export const dynamic = 'force-dynamic';

/** What the page says for an id of another kind of record: what it is, where it is read, and what the desk can do with it. */
function OtherRecord({ id, type }: { id: string; type: string }) {
  const key = fromGlobalId(id)?.key ?? '';
  const retractable = type === 'Event' || type === 'SanctionPackage';
  const noun = nounOf(type);
  return (
    <>
      This id names {/^[aeiou]/.test(noun) ? 'an' : 'a'} {noun}, not a statement: only statements are
      corrected here
      {retractable ? ', and this one can be retracted' : ''}.{' '}
      <Link href={recordHref({ id, type, key })} prefetch={false}>
        Open it
      </Link>
    </>
  );
}

/** A statement's correction form, filled as held; a retracted statement or another record has none. */
export default async function CorrectStatementPage({ params }: { params: Promise<{ id: string }> }) {
  // Next hands the id over decoded already.
  const { id } = await params;
  const analyst = await requireAnalyst(`/desk/correct/${encodeURIComponent(id)}`);
  const node = fromGlobalId(id) ? (await runOperation(DeskStatementToCorrectDocument, { id })).node : null;
  const statement = node?.__typename === 'Statement' ? node : null;
  const recordLink = (
    <Link href={`/records/${encodeURIComponent(id)}`} prefetch={false}>
      Open its record
    </Link>
  );
  return (
    <>
      <DeskHeading analystName={analyst.name} title="Correct a statement" />
      {!statement ? (
        <p>{node ? <OtherRecord id={id} type={node.__typename} /> : noRecordMessage(id, 'record')}</p>
      ) : statement.retracted ? (
        <p>This statement was retracted: a retracted statement is not corrected. {recordLink}</p>
      ) : (
        <>
          <p data-part="held-summary">
            {statement.speaker.name}, {statement.date}: {statement.summary} {recordLink}
          </p>
          <ApolloBoundary>
            <CorrectionForm id={statement.id} held={heldValues(statement)} digest={heldDigest(statement)} />
          </ApolloBoundary>
        </>
      )}
    </>
  );
}
