import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { ActorRouteGuardDocument } from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';

/**
 * Checks the key before the page streams (the page sits inside loading.tsx's boundary, and once
 * its fallback is sent the status is fixed at 200): an unknown actor is a real 404. A failing
 * check lets the page render, whose panels show their own error states.
 */
export default async function ActorLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ key: string }>;
}) {
  const { key } = await params;
  let exists = true;
  try {
    exists = (await runOperation(ActorRouteGuardDocument, { key })).actor !== null;
  } catch {
    // Leave it to the panels.
  }
  if (!exists) notFound();
  return children;
}
