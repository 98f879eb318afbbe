import type { Metadata } from 'next';
import { ApolloBoundary } from '@/app/components/apollo-boundary';
import { DeskHeading } from '../desk-heading';
import { requireAnalyst } from '../session';
import { EventForm } from './event-form';

export const metadata: Metadata = { title: 'New event · Desk' };

export default async function NewEventPage() {
  const analyst = await requireAnalyst('/desk/event');
  return (
    <>
      <DeskHeading analystName={analyst.name} title="New event" />
      <ApolloBoundary>
        <EventForm />
      </ApolloBoundary>
    </>
  );
}
