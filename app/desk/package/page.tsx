import type { Metadata } from 'next';
import { ApolloBoundary } from '@/app/components/apollo-boundary';
import { DeskHeading } from '../desk-heading';
import { requireAnalyst } from '../session';
import { PackageForm } from './package-form';

export const metadata: Metadata = { title: 'New sanctions package · Desk' };

export default async function NewSanctionPackagePage() {
  const analyst = await requireAnalyst('/desk/package');
  return (
    <>
      <DeskHeading analystName={analyst.name} title="New sanctions package" />
      <ApolloBoundary>
        <PackageForm />
      </ApolloBoundary>
    </>
  );
}
