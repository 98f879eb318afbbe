/** What the actor and source routes (`/actors/[key]`, `/sources/[key]`) share. */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { noRecordHasKey } from '@/data/field-limits';

/** What a page of a `[key]` route receives. */
export interface KeyedPageProps {
  params: Promise<{ key: string }>;
}

/** What a layout of a `[key]` route receives. */
export interface KeyedLayoutProps extends KeyedPageProps {
  children: ReactNode;
}

/**
 * The tab title: the record's name, "<Kind> not found" for an unknown key (or one no record can
 * have), or just the kind when the lookup fails (the page then shows the error).
 */
export async function keyedTitle(
  kind: string,
  key: string,
  lookup: () => Promise<string | null | undefined>,
): Promise<Metadata> {
  if (noRecordHasKey(key)) return { title: `${kind} not found` };
  try {
    return { title: (await lookup()) ?? `${kind} not found` };
  } catch {
    return { title: kind };
  }
}

/**
 * Answers 404 for an unknown key before the page streams: the page sits inside loading.tsx's
 * boundary, and once its fallback is sent the status is fixed at 200. A failing check lets the
 * page render, whose panels show their own error states.
 */
export async function notFoundUnlessExists(key: string, exists: () => Promise<boolean>): Promise<void> {
  // Not sent to the API: past its text bound, or holding a NUL, it answers an error, which the
  // panels would show instead of "not found".
  if (noRecordHasKey(key)) notFound();
  let found = true;
  try {
    found = await exists();
  } catch {
    // Leave it to the panels.
  }
  if (!found) notFound();
}
