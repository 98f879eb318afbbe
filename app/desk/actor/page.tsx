import type { Metadata } from 'next';
import { DeskHeading } from '../desk-heading';
import { requireAnalyst } from '../session';
import { ActorForm } from './actor-form';

export const metadata: Metadata = { title: 'New actor · Desk' };

export default async function NewActorPage() {
  const analyst = await requireAnalyst('/desk/actor');
  return (
    <>
      <DeskHeading analystName={analyst.name} title="New actor" />
      <ActorForm />
    </>
  );
}
