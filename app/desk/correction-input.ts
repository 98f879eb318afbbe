/**
 * A correction form's values as an UpdateStatementInput: the statement as held fills the form,
 * and only the fields the analyst changed are sent (with the reason), so the revision the API
 * records names exactly what was corrected.
 */
import type {
  DeskHeldStatementFieldsFragment,
  Stance,
  UpdateStatementInput,
} from '@/graphql/__generated__/client/graphql';
import { unixLineBreaks } from '@/data/field-limits';
import { STATEMENT_FIELDS } from './fields';
import { listOf } from './form-state';
import type { Errors, Values } from './input-checks';
import { keys, long, overLimits, type FieldLimit, type FieldLimits } from './field-limits';
import { STATEMENT_ERROR_FIELDS, statementTypeErrors } from './statement-input';

/** The statement as the correction form reads it. */
export type HeldStatement = DeskHeldStatementFieldsFragment;

/**
 * The correction form's fields: the statement form's, what only a correction sets, and why; and
 * `held`, the fingerprint of the statement as the form was filled with it (held-digest.ts).
 */
export const CORRECTION_FIELDS = [...STATEMENT_FIELDS, 'cameoCode', 'topicKeys', 'reason', 'held'] as const;

/** A CAMEO code: 2 to 4 digits. */
const cameo = (label: string): FieldLimit => ({ label, chars: 4 });

/** How long what only a correction sets may be; the statement's own fields keep the statement form's. */
export const CORRECTION_LIMITS: FieldLimits = {
  cameoCode: cameo('CAMEO code'),
  topicKeys: keys('Topics'),
  reason: long('Reason'),
};

/** A retraction's reason, held to the same limit as a correction's. */
export const RETRACTION_LIMITS: FieldLimits = { reason: CORRECTION_LIMITS.reason! };

/** Where the API's user errors about a correction are shown; the rest are said above the form. */
export const CORRECTION_ERROR_FIELDS: Record<string, string> = {
  ...STATEMENT_ERROR_FIELDS,
  'input.cameoCode': 'cameoCode',
  'input.topicKeys': 'topicKeys',
  'input.reason': 'reason',
};

/** The held statement as the form's text fields. */
export function heldValues(held: HeldStatement): Values {
  // Texts as the form sends them back (form-state.ts): one held with "\r\n" is not a change.
  return {
    speakerKey: held.speaker.key,
    targetKeys: held.targets.map((t) => t.key).join(', '),
    date: held.date,
    quote: unixLineBreaks(held.quote ?? ''),
    summary: unixLineBreaks(held.summary),
    stance: held.stance,
    intensity: String(held.intensity),
    cameoCode: held.cameoCode ?? '',
    topicKeys: held.topics.map((t) => t.key).join(', '),
    sourceKey: held.evidence.source.key,
    excerpt: unixLineBreaks(held.evidence.excerpt ?? ''),
    note: unixLineBreaks(held.evidence.note ?? ''),
  };
}

/** What the API's types would refuse, and a missing reason, said beside the fields. */
export function correctionTypeErrors(v: Values): Errors {
  const errors = { ...statementTypeErrors(v), ...overLimits(v, CORRECTION_LIMITS) };
  if (!v.reason) errors.reason = 'Say what was wrong, in your words: "the quote was mistranslated".';
  return errors;
}

const sameList = (a: string, b: string) => listOf(a).join('\n') === listOf(b).join('\n');

/**
 * The correction to send: the id, the reason, and each field whose value differs from the held
 * one (a list compared item by item, a number by value). The evidence is replaced whole, so a
 * changed source, excerpt or note keeps the held attribution.
 */
export function correctionInput(id: string, held: HeldStatement, v: Values): UpdateStatementInput {
  const was = heldValues(held);
  const input: UpdateStatementInput = { id, reason: v.reason ?? '' };
  const changed = (field: string) => (v[field] ?? '') !== was[field];
  if (changed('speakerKey')) input.speakerKey = v.speakerKey;
  if (!sameList(v.targetKeys ?? '', was.targetKeys!)) input.targetKeys = listOf(v.targetKeys ?? '');
  if (changed('date')) input.date = v.date;
  if (changed('quote')) input.quote = v.quote || null;
  if (changed('summary')) input.summary = v.summary;
  if (changed('stance')) input.stance = v.stance as Stance;
  if (Number(v.intensity) !== held.intensity) input.intensity = Number(v.intensity);
  if (changed('cameoCode')) input.cameoCode = v.cameoCode || null;
  if (!sameList(v.topicKeys ?? '', was.topicKeys!)) input.topicKeys = listOf(v.topicKeys ?? '');
  if (changed('sourceKey') || changed('excerpt') || changed('note')) {
    input.evidence = {
      sourceKey: v.sourceKey!,
      excerpt: v.excerpt || null,
      note: v.note || null,
      viaKey: held.evidence.via?.key ?? null,
    };
  }
  return input;
}
