import type { Metadata } from 'next';
import { ApolloBoundary } from '@/app/components/apollo-boundary';
import { DeskHeading } from '../desk-heading';
import { requireAnalyst } from '../session';
import { StatementForm } from './statement-form';

export const metadata: Metadata = { title: 'New statement · Desk' };

export default async function NewStatementPage() {
  const analyst = await requireAnalyst('/desk/statement');
  return (
    <>
      <DeskHeading analystName={analyst.name} title="New statement" />
      <ApolloBoundary>
        <StatementForm />
      </ApolloBoundary>
    </>
  );
}
