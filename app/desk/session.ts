import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { DESK_COOKIE, deskAnalyst, deskSession, type DeskSessionState } from '@/graphql/desk-session';
import { signInReturningTo } from './return-path';

/** The analyst signed in on this browser, or null. */
export async function signedInAnalyst(): Promise<{ id: number; name: string } | null> {
  return deskAnalyst((await cookies()).get(DESK_COOKIE)?.value);
}

/** This browser's session: its analyst, or why it has none. */
export async function browserSession(): Promise<DeskSessionState> {
  return deskSession((await cookies()).get(DESK_COOKIE)?.value);
}

/**
 * The signed-in analyst; a page of the desk sends anyone else to sign in first, and back to
 * `path` (the page asked for) once they have.
 */
export async function requireAnalyst(path: string): Promise<{ id: number; name: string }> {
  const analyst = await signedInAnalyst();
  if (!analyst) redirect(signInReturningTo(path));
  return analyst;
}
