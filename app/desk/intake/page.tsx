import type { Metadata } from 'next';
import { ApolloBoundary } from '@/app/components/apollo-boundary';
import { DeskHeading } from '../desk-heading';
import { requireAnalyst } from '../session';
import { IntakeForm } from './intake-form';

export const metadata: Metadata = { title: 'Intake · Desk' };

export default async function IntakePage() {
  const analyst = await requireAnalyst('/desk/intake');
  return (
    <>
      <DeskHeading analystName={analyst.name} title="Intake" />
      <p>
        Paste an article and name its source: its attributed quotes are proposed beside it, each with its
        speaker, date, likely targets and a guessed stance. Nothing is written until you accept one.
      </p>
      <ApolloBoundary>
        <IntakeForm />
      </ApolloBoundary>
    </>
  );
}
