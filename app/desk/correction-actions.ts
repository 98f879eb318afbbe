'use server';
/**
 * The Server Actions of the desk's correction and retraction forms: each is one API mutation
 * (updateStatement, retractRecord) run as the signed-in analyst through submitWrite, so a form
 * is held to exactly the rules, the rate limit and the change log a client of the API is.
 */
import {
  DeskRetractRecordDocument,
  DeskStatementToCorrectDocument,
  DeskUpdateStatementDocument,
} from '@/graphql/__generated__/client/graphql';
import { refresh } from 'next/cache';
import { fromGlobalId, mayBeGlobalId } from '@/graphql/ids';
import { runOperation, runOperationAs } from '@/graphql/server';
import {
  CORRECTION_ERROR_FIELDS,
  CORRECTION_FIELDS,
  RETRACTION_LIMITS,
  correctionInput,
  correctionTypeErrors,
  heldValues,
  type HeldStatement,
} from './correction-input';
import { heldDigest } from './held-digest';
import { isForm } from './post-guard';
import { overLimits } from './field-limits';
import { formValues, type FormState } from './form-state';
import type { Errors, Values } from './input-checks';
import { submitWrite } from './submit-write';

const recordPage = (id: string) => `/records/${encodeURIComponent(id)}`;

/** The record id a form carries in its hidden field; nothing is read from a call that is not a form. */
const idOf = (form: unknown) => (isForm(form) ? formValues(form, ['id']).id! : '');

/** Said when the form's hidden id is no id at all: nothing is sent to the API. */
const NOT_AN_ID =
  'This form names no record (its id is not one); nothing was done. Open it from the record’s page.';

/** Said when the statement changed after the form was filled: its values are no longer the held ones. */
const STALE =
  'This statement was changed after this form was opened (or the form names another statement); nothing was corrected. Open it as it stands now, and correct that.';

/** Where a stale form sends the analyst: the statement's correction form as it stands, filled afresh. */
const standingForm = (id: string) => ({
  href: `/desk/correct/${encodeURIComponent(id)}`,
  linkText: 'Open the statement as it stands now (what you typed here is not carried over)',
});

/** The statement as held now, or null when the id names none (the API then says why). */
async function heldStatement(id: string): Promise<HeldStatement | null> {
  const node = fromGlobalId(id) ? (await runOperation(DeskStatementToCorrectDocument, { id })).node : null;
  return node?.__typename === 'Statement' ? node : null;
}

export async function correctStatement(_: FormState, form: unknown): Promise<FormState> {
  const id = idOf(form);
  const held = await heldStatement(id);
  let corrected: HeldStatement | null = null;
  const state = await submitWrite(form, {
    fields: CORRECTION_FIELDS,
    check: correctionTypeErrors,
    // Compared with the statement as the form was filled, so that an old form cannot undo a newer
    // correction; a retracted or missing statement is left to the API, which says why.
    refusal: (v) =>
      !mayBeGlobalId(id)
        ? NOT_AN_ID
        : held && v.held !== heldDigest(held)
          ? { message: STALE, link: standingForm(id) }
          : null,
    // With nothing held to compare, only the id and reason go: the API says what is wrong with the id.
    input: (v) => (held ? correctionInput(id, held, v) : { id, reason: v.reason ?? '' }),
    errorFields: CORRECTION_ERROR_FIELDS,
    write: async (analyst, input) => {
      const { updateStatement: payload } = await runOperationAs(analyst, DeskUpdateStatementDocument, {
        input,
      });
      corrected = payload.statement ?? null;
      return { written: payload.statement, userErrors: payload.userErrors };
    },
    done: (statement, analystName) => ({
      message: `Statement corrected, by ${analystName}.`,
      href: recordPage(statement.id),
      linkText: 'Open the statement’s record and its history',
    }),
  });
  if (!state.done || !corrected) return state;
  // The page above the form (the statement's summary line) is read again as corrected.
  refresh();
  // The form goes on showing the statement as corrected, for a further correction.
  return { ...state, values: { ...heldValues(corrected), held: heldDigest(corrected) } };
}

const retractionErrors = (v: Values): Errors =>
  v.reason
    ? overLimits(v, RETRACTION_LIMITS)
    : { reason: 'Say why it is withdrawn, in your words: "the source retracted the interview".' };

export async function retractRecord(_: FormState, form: unknown): Promise<FormState> {
  const id = idOf(form);
  return submitWrite(form, {
    fields: ['reason'],
    check: retractionErrors,
    refusal: () => (mayBeGlobalId(id) ? null : NOT_AN_ID),
    input: (v) => ({ id, reason: v.reason! }),
    errorFields: { 'input.reason': 'reason' },
    write: async (analyst, input) => {
      const { retractRecord: payload } = await runOperationAs(analyst, DeskRetractRecordDocument, { input });
      return { written: payload.id, userErrors: payload.userErrors };
    },
    done: (retracted, analystName) => ({
      message: `Retracted, by ${analystName}.`,
      href: recordPage(retracted),
      linkText: 'Open its record, marked retracted',
    }),
  });
}
