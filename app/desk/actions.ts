'use server';
/**
 * The desk's Server Actions. Each one that changes anything first checks that the POST comes
 * from the app's own page (its Origin) and that a session cookie names an active analyst; the
 * writes then run as that analyst through the API's own mutations (runOperationAs), so a form
 * is held to exactly the rules a client of the API is.
 */
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import {
  ActorKind,
  DeskAddActorDocument,
  DeskAddStatementDocument,
  type AddActorInput,
} from '@/graphql/__generated__/client/graphql';
import { DESK_COOKIE, deskSignIn, deskSignOut, overHttps, sameOrigin } from '@/graphql/desk-session';
import { runOperationAs } from '@/graphql/server';
import { analystForPost, FOREIGN_POST, isForm, NOT_A_FORM, refusedWhole } from './post-guard';
import { STATEMENT_ERROR_FIELDS, statementInput, statementTypeErrors } from './statement-input';
import { attempted, emptyForm, formValues, listOf, placeErrors, type FormState } from './form-state';
import { heldRecordLink } from './submit-write';
import { ACTOR_FIELDS, ACTOR_LIMITS, STATEMENT_FIELDS } from './fields';
import { overLimits } from './field-limits';
import { deskReturnPath } from './return-path';

export async function signIn(_: FormState, form: FormData): Promise<FormState> {
  if (!isForm(form)) return attempted({ ...emptyForm, formError: NOT_A_FORM });
  const requestHeaders = await headers();
  if (!sameOrigin(requestHeaders)) return { ...emptyForm, formError: FOREIGN_POST };
  const token = form.get('token');
  const previous = (await cookies()).get(DESK_COOKIE)?.value;
  const outcome = await deskSignIn(typeof token === 'string' ? token : '', requestHeaders, previous);
  if (!outcome.ok) return { ...emptyForm, errors: { token: outcome.message } };
  (await cookies()).set(DESK_COOKIE, outcome.sessionId, {
    httpOnly: true,
    sameSite: 'strict',
    secure: overHttps(requestHeaders),
    path: '/desk',
    expires: outcome.expiresAt,
  });
  // Back to the desk page the analyst asked for, if the form carried one of this site's.
  redirect(deskReturnPath(form.get('next')) ?? '/desk');
}

export async function signOut(): Promise<void> {
  if (!sameOrigin(await headers())) return;
  const jar = await cookies();
  const sessionId = jar.get(DESK_COOKIE)?.value;
  if (sessionId) await deskSignOut(sessionId);
  jar.delete({ name: DESK_COOKIE, path: '/desk' });
  redirect('/desk?left');
}

export async function addStatement(previous: FormState, form: FormData): Promise<FormState> {
  if (!isForm(form)) return attempted({ ...emptyForm, formError: NOT_A_FORM });
  return attempted(await addStatementOnce(previous, form));
}

async function addStatementOnce(_: FormState, form: FormData): Promise<FormState> {
  const analyst = await analystForPost();
  const values = formValues(form, STATEMENT_FIELDS);
  if ('refused' in analyst) return { ...emptyForm, values, formError: analyst.refused };
  const errors = statementTypeErrors(values);
  if (Object.keys(errors).length) return { ...emptyForm, values, errors };
  const input = statementInput(values);
  try {
    const { addStatement: payload } = await runOperationAs(analyst, DeskAddStatementDocument, { input });
    if (!payload.statement)
      return {
        ...placeErrors(payload.userErrors, STATEMENT_ERROR_FIELDS, values),
        existing: heldRecordLink(payload.userErrors),
      };
    return {
      ...emptyForm,
      done: {
        message: `Statement added, by ${analyst.name}.`,
        href: `/records/${encodeURIComponent(payload.statement.id)}`,
        linkText: 'Open the statement’s record',
        also: {
          href: `/statements?speaker=${encodeURIComponent(payload.statement.speaker.key)}`,
          linkText: `See ${payload.statement.speaker.name}’s statements`,
        },
      },
    };
  } catch (error) {
    return refusedWhole(error, values);
  }
}

const ACTOR_ERROR_FIELDS: Record<string, string> = Object.fromEntries(
  ACTOR_FIELDS.map((f) => [`input.${f}`, f]).concat([['input.affiliation', 'affiliationKey']]),
);

export async function addActor(previous: FormState, form: FormData): Promise<FormState> {
  if (!isForm(form)) return attempted({ ...emptyForm, formError: NOT_A_FORM });
  return attempted(await addActorOnce(previous, form));
}

async function addActorOnce(_: FormState, form: FormData): Promise<FormState> {
  const analyst = await analystForPost();
  const values = formValues(form, ACTOR_FIELDS);
  if ('refused' in analyst) return { ...emptyForm, values, formError: analyst.refused };
  const errors: Record<string, string> = overLimits(values, ACTOR_LIMITS);
  if (!values.name) errors.name = 'Give the name the actor is known by, such as "Andrei Rudenko".';
  if (!(Object.values(ActorKind) as string[]).includes(values.kind ?? ''))
    errors.kind = 'Choose what the actor is.';
  if (Object.keys(errors).length) return { ...emptyForm, values, errors };
  const input: AddActorInput = {
    name: values.name!,
    kind: values.kind as ActorKind,
    key: values.key || null,
    title: values.title || null,
    affiliationKey: values.affiliationKey || null,
    countryCode: values.countryCode || null,
    wikidataId: values.wikidataId || null,
    aliases: listOf(values.aliases ?? ''),
  };
  try {
    const { addActor: payload } = await runOperationAs(analyst, DeskAddActorDocument, { input });
    if (!payload.actor) return placeErrors(payload.userErrors, ACTOR_ERROR_FIELDS, values);
    return {
      ...emptyForm,
      done: {
        message: `${payload.actor.name} added, with the key "${payload.actor.key}", by ${analyst.name}.`,
        href: `/actors/${encodeURIComponent(payload.actor.key)}`,
        linkText: `Open ${payload.actor.name}’s page`,
      },
    };
  } catch (error) {
    return refusedWhole(error, values);
  }
}
