import type { Metadata } from 'next';
import Link from 'next/link';
import { DeskChoicesDocument } from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';
import { requireAnalyst } from '../session';
import { plainSources } from '../choices';
import { IntakeForm } from './intake-form';

export const metadata: Metadata = { title: 'Intake · Desk' };

export default async function IntakePage() {
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
      <h1>Intake</h1>
      <p>
        Paste an article and name its source: its attributed quotes are proposed beside it, each with its
        speaker, date, likely targets and a guessed stance. Nothing is written until you accept one.
      </p>
      <IntakeForm sources={plainSources(choices)} />
    </>
  );
}
