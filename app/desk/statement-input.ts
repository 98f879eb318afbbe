/**
 * A desk form's statement fields as an AddStatementInput, and what the API's types would refuse
 * before its rules run (an unknown stance, an intensity that is no number, a malformed date),
 * said beside the field as the rules' own errors are.
 */
import { Stance, type AddStatementInput } from '@/graphql/__generated__/client/graphql';
import { partialDateProblem } from '@/data/partial-date';
import { listOf } from './form-state';

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
  'input.evidence': 'excerpt',
};

/**
 * What the API's types would refuse before its rules run (an unknown stance, an intensity that is
 * no number, a malformed date), said beside the field as the rules' errors are.
 */
export function statementTypeErrors(v: Record<string, string>): Record<string, string> {
  const errors: Record<string, string> = {};
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
  if (v.intensity && !Number.isFinite(Number(v.intensity))) {
    errors.intensity = `"${v.intensity}" is not a number: give one from -10 to +10, such as -6 or 2.5.`;
  }
  return errors;
}

/** The input a statement form's values make; `excerpt` given apart when the form has no field for it. */
export function statementInput(v: Record<string, string>, excerpt = v.excerpt): AddStatementInput {
  return {
    speakerKey: v.speakerKey!,
    targetKeys: listOf(v.targetKeys!),
    date: v.date!,
    quote: v.quote || null,
    summary: v.summary!,
    stance: v.stance as Stance,
    intensity: Number(v.intensity),
    evidence: { sourceKey: v.sourceKey!, excerpt: excerpt || null },
  };
}
