import 'server-only';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { DESK_COOKIE, deskAnalyst, sameOrigin } from '@/graphql/desk-session';
import { OperationError } from '@/graphql/server';
import { emptyForm, type FormState } from './form-state';

export const FOREIGN_POST = 'This form must be sent from the desk’s own page; nothing was done.';

/**
 * Said when a Server Action is called with something other than a form's fields (a script
 * can call one with any value): nothing is read from it and nothing is done.
 */
export const NOT_A_FORM =
  'This request did not carry the form’s fields; nothing was done. Send the form from its page.';

/** Whether a Server Action's argument is a submitted form, as the desk's pages send. */
export const isForm = (form: unknown): form is FormData => form instanceof FormData;

/** The signed-in analyst, after checking the POST's origin; signs the browser out (to /desk) when no one is. */
export async function analystForPost(): Promise<{ id: number; name: string } | { refused: string }> {
  if (!sameOrigin(await headers())) return { refused: FOREIGN_POST };
  const analyst = await deskAnalyst((await cookies()).get(DESK_COOKIE)?.value);
  if (!analyst) redirect('/desk?signed-out=1');
  return analyst;
}

/** An API refusal that is not a user error (a limit, a busy database) said above the form. */
export function refusedWhole(error: unknown, values: Record<string, string>): FormState {
  if (error instanceof OperationError) return { ...emptyForm, values, formError: error.message };
  throw error;
}
