import 'server-only';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { DESK_COOKIE, deskAnalyst, sameOrigin } from '@/graphql/desk-session';
import { OperationError } from '@/graphql/server';
import { emptyForm, type FormState } from './form-state';

export const FOREIGN_POST = 'This form must be sent from the desk’s own page; nothing was done.';

/** The signed-in analyst, after checking the POST's origin; signs the browser out (to /desk) when no one is. */
export async function analystForPost(): Promise<{ id: number; name: string } | { refused: string }> {
  if (!sameOrigin(await headers())) return { refused: FOREIGN_POST };
  const analyst = deskAnalyst((await cookies()).get(DESK_COOKIE)?.value);
  if (!analyst) redirect('/desk?signed-out=1');
  return analyst;
}

/** An API refusal that is not a user error (a limit, a busy database) said above the form. */
export function refusedWhole(error: unknown, values: Record<string, string>): FormState {
  if (error instanceof OperationError) return { ...emptyForm, values, formError: error.message };
  throw error;
}
