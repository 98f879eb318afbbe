import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { lookUpRelation } from './relation-lookup';

/**
 * Unknown keys are a 404. The check sits here, above the route's loading boundary: once the
 * page streams, its status is already sent as 200.
 */
export default async function RelationLayout({
  params,
  children,
}: {
  params: Promise<{ a: string; b: string }>;
  children: ReactNode;
}) {
  const { a, b } = await params;
  if ((await lookUpRelation(a, b)) === null) notFound();
  return children;
}
