import type { Metadata } from 'next';
import { DeskHeading } from '../desk-heading';
import { requireAnalyst } from '../session';
import { SourceForm } from './source-form';

export const metadata: Metadata = { title: 'New source · Desk' };

export default async function NewSourcePage() {
  const analyst = await requireAnalyst('/desk/source');
  return (
    <>
      <DeskHeading analystName={analyst.name} title="New source" />
      <SourceForm />
    </>
  );
}
