import type { Metadata } from 'next';
import Link from 'next/link';
import { DeskChoicesDocument } from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';
import { requireAnalyst } from '../session';
import { plainActors, plainSources } from '../choices';
import { StatementForm } from './statement-form';

export const metadata: Metadata = { title: 'New statement · Desk' };

export default async function NewStatementPage() {
  const analyst = await requireAnalyst();
  const choices = await runOperation(DeskChoicesDocument);
  return (
    <>
      <p>
        <Link href="/desk" prefetch={false}>
          Desk
        </Link>{' '}
        · signed in as {analyst.name}
      </p>
      <h1>New statement</h1>
      <StatementForm actors={plainActors(choices)} sources={plainSources(choices)} />
    </>
  );
}
