import type { Metadata } from 'next';
import Link from 'next/link';
import { requireAnalyst } from '../session';
import { ActorForm } from './actor-form';

export const metadata: Metadata = { title: 'New actor · Desk' };

export default async function NewActorPage() {
  const analyst = await requireAnalyst();
  return (
    <>
      <p>
        <Link href="/desk" prefetch={false}>
          Desk
        </Link>{' '}
        · signed in as {analyst.name}
      </p>
      <h1>New actor</h1>
      <ActorForm />
    </>
  );
}
