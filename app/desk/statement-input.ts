/**
 * A desk form's statement fields as an AddStatementInput, and what the API's types would refuse
 * before its rules run (an unknown stance, an intensity that is no number, a malformed date),
 * said beside the field as the rules' own errors are.
 */
import { Stance, type AddStatementInput } from '@/graphql/__generated__/client/graphql';
import { partialDateProblem } from '@/data/partial-date';
import { listOf } from './form-state';
import { badIntensity, textOrNull } from './input-checks';
import { date, key, keys, long, overLimits, type FieldLimits } from './field-limits';
import { EVIDENCE_LIMITS } from './evidence-input';

/** How long each of a statement form's fields may be. */
export const STATEMENT_LIMITS: FieldLimits = {
  speakerKey: key('Speaker'),
  targetKeys: keys('Targets'),
  date: date('Date'),
  quote: long('Quote'),
  summary: long('Summary'),
  ...EVIDENCE_LIMITS,
};

/** Where the API's user errors about a statement are shown. */
export const STATEMENT_ERROR_FIELDS: Record<string, string> = {
  'input.speakerKey': 'speakerKey',
  'input.targetKeys': 'targetKeys',
  'input.date': 'date',
  'input.quote': 'quote',
  'input.summary': 'summary',
  'input.stance': 'stance',
  'input.intensity': 'intensity',
  'input.evidence.sourceKey': 'sourceKey',
  'input.evidence.excerpt': 'excerpt',
  'input.evidence.note': 'note',
  'input.evidence': 'excerpt',
};

/**
 * What the API's types would refuse before its rules run (an unknown stance, an intensity that is
 * no number, a malformed date), said beside the field as the rules' errors are.
 */
export function statementTypeErrors(v: Record<string, string>): Record<string, string> {
  const errors: Record<string, string> = overLimits(v, STATEMENT_LIMITS);
  const required: [string, string][] = [
    ['speakerKey', 'Give the speaker’s actor key, such as "nikolay-nozdrev".'],
    ['targetKeys', 'Give at least one target’s actor key, such as "japan".'],
    ['date', 'Give the date the statement was made: 2025-05-05, 2025-05 or 2025.'],
    ['summary', 'Sum the statement up in one plain sentence.'],
    ['stance', 'Choose a stance.'],
    ['intensity', 'Give an intensity from -10 to +10.'],
    ['sourceKey', 'Give the key of the source it is taken from.'],
  ];
  for (const [field, message] of required) if (!v[field]) errors[field] = message;
  if (v.date && !errors.date) {
    const problem = partialDateProblem(v.date);
    if (problem) errors.date = problem;
  }
  if (v.stance && !(Object.values(Stance) as string[]).includes(v.stance))
    errors.stance = 'Choose a stance from the list.';
  return { ...errors, ...(errors.intensity ? {} : badIntensity(v)) };
}

/**
 * The input a statement form's values make; `excerpt` given apart when the form has no field for
 * it. The note is what the source supports in the analyst's words, for a source whose own words
 * are not at hand (the API takes an excerpt, a note or both).
 */
export function statementInput(v: Record<string, string>, excerpt = v.excerpt): AddStatementInput {
  return {
    speakerKey: v.speakerKey!,
    targetKeys: listOf(v.targetKeys!),
    date: v.date!,
    quote: v.quote || null,
    summary: v.summary!,
    stance: v.stance as Stance,
    intensity: Number(v.intensity),
    evidence: { sourceKey: v.sourceKey!, excerpt: excerpt || null, note: textOrNull(v.note) },
  };
}
