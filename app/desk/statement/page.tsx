import type { Metadata } from 'next';
import { DeskChoicesDocument } from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';
import { DeskHeading } from '../desk-heading';
import { requireAnalyst } from '../session';
import { plainActors, plainSources } from '../choices';
import { StatementForm } from './statement-form';

export const metadata: Metadata = { title: 'New statement · Desk' };

export default async function NewStatementPage() {
  const analyst = await requireAnalyst();
  const choices = await runOperation(DeskChoicesDocument);
  return (
    <>
      <DeskHeading analystName={analyst.name} title="New statement" />
      <StatementForm actors={plainActors(choices)} sources={plainSources(choices)} />
    </>
  );
}
