/**
 * The checks every desk form makes before calling the API, for what its types would refuse
 * before its rules run (a missing required field, a malformed date, a word where a number goes,
 * a choice not in the list), and the map from the API's user-error paths to the form's fields.
 * Each check returns an error per field, in the words shown beside it.
 */
import { partialDateProblem } from '@/data/partial-date';

export type Values = Record<string, string>;
export type Errors = Record<string, string>;

/** An error for each field left empty: `required` pairs a field with what to put in it. */
export function missing(v: Values, required: readonly (readonly [string, string])[]): Errors {
  return Object.fromEntries(
    required.filter(([field]) => !v[field]).map(([field, message]) => [field, message]),
  );
}

/** An error for each given field that is no partial date (2025-05-05, 2025-05 or 2025). */
export function badDates(v: Values, fields: readonly string[]): Errors {
  const errors: Errors = {};
  for (const field of fields) {
    const problem = v[field] ? partialDateProblem(v[field]) : null;
    if (problem) errors[field] = problem;
  }
  return errors;
}

/**
 * A number as a person types one: digits, an optional sign and decimal point. Number() would
 * also take "0x10", "1e1", "Infinity" or " 5 ", which no one means in a form.
 */
const PLAIN_DECIMAL = /^[-+]?\d+(?:\.\d+)?$/;
const PLAIN_WHOLE = /^[-+]?\d+$/;

/** An error for each given field that is not a plain decimal (or, with `whole`, a whole number). */
export function badNumbers(v: Values, fields: readonly string[], whole = false): Errors {
  const errors: Errors = {};
  for (const field of fields) {
    const text = v[field];
    if (!text) continue;
    if (!PLAIN_DECIMAL.test(text))
      errors[field] = `"${text}" is not a number: write it in digits, such as 12 or 2.5.`;
    else if (whole && !PLAIN_WHOLE.test(text)) errors[field] = `"${text}" is not a whole number.`;
  }
  return errors;
}

/** An error when an intensity is given that is no plain decimal from -10 to +10. */
export function badIntensity(v: Values, field = 'intensity'): Errors {
  const text = v[field];
  if (!text) return {};
  if (!PLAIN_DECIMAL.test(text) || Math.abs(Number(text)) > 10)
    return { [field]: `"${text}" is not an intensity: give a number from -10 to +10, such as -6 or 2.5.` };
  return {};
}

/** An error when a given choice is not one of the enum's values. */
export function badChoice(v: Values, field: string, allowed: Record<string, string>): Errors {
  return v[field] && !Object.values(allowed).includes(v[field]) ? { [field]: 'Choose from the list.' } : {};
}

/** A number typed in a form, or null when the field was left empty. */
export const numberOrNull = (text: string | undefined) => (text ? Number(text) : null);

/** A form's text, or null when the field was left empty. */
export const textOrNull = (text: string | undefined) => text || null;

/**
 * Where the API's user errors are shown: `input.<field>` beside the form field of the same name,
 * and, for a form with evidence, the evidence's source and words beside Source and Excerpt (an
 * error about the evidence as a whole, such as neither words nor a note, beside Excerpt).
 */
export function inputErrorFields(fields: readonly string[], evidence: boolean): Record<string, string> {
  const own = Object.fromEntries(fields.map((field) => [`input.${field}`, field]));
  if (!evidence) return own;
  return {
    ...own,
    'input.evidence.sourceKey': 'sourceKey',
    'input.evidence.excerpt': 'excerpt',
    'input.evidence': 'excerpt',
  };
}

/** An enum value as a select shows it: EXPORT_BAN reads "Export ban". */
export const choiceLabel = (value: string) =>
  value.charAt(0) + value.slice(1).toLowerCase().replaceAll('_', ' ');
