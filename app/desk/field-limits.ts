/**
 * How long each desk field may be, as the API's rules hold it (data/field-limits.ts): given to
 * the control as maxLength, so a browser stops typing there, and checked before a form is sent,
 * so a longer value (a script, a browser without the limit) is said beside its field in the
 * desk's words ("Quote: at most 5,000 characters; this has 6,210.") instead of in the API's
 * above the form.
 */
import { FIELD_LIMITS, MAX_INTAKE_TEXT_LENGTH } from '@/data/field-limits';
import { listOf } from './form-state';
import type { Errors, Values } from './input-checks';

export interface FieldLimit {
  /** The field's label, as the form shows it. */
  label: string;
  /** Most characters the value (or, for a list, each item) may have. */
  chars: number;
  /** For a list: most items, and how the text splits into them. */
  list?: { items: number; split: (text: string) => string[] };
}

export type FieldLimits = Record<string, FieldLimit>;

/** Limits for a form's fields, by the kind of text each holds. */
export const key = (label: string): FieldLimit => ({ label, chars: FIELD_LIMITS.key });
export const short = (label: string): FieldLimit => ({ label, chars: FIELD_LIMITS.shortText });
export const long = (label: string): FieldLimit => ({ label, chars: FIELD_LIMITS.longText });
/** A partial date, 2025-05-05 at its longest. */
export const date = (label: string): FieldLimit => ({ label, chars: 10 });
export const url = (label: string): FieldLimit => ({ label, chars: FIELD_LIMITS.url });
/** A comma- or line-separated list of keys. */
export const keys = (label: string): FieldLimit => ({
  label,
  chars: FIELD_LIMITS.key,
  list: { items: FIELD_LIMITS.listItems, split: listOf },
});
/** A list of short texts, one a line. */
export const lines = (label: string): FieldLimit => ({
  label,
  chars: FIELD_LIMITS.shortText,
  list: {
    items: FIELD_LIMITS.listItems,
    split: (text) =>
      text
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
  },
});
export const intakeText = (label: string): FieldLimit => ({ label, chars: MAX_INTAKE_TEXT_LENGTH });

/**
 * The maxLength a control gets: the field's limit, or for a list the longest a list within its
 * limits can be written (each item at its longest, with a separator and a space).
 */
export const maxLengthOf = (limit: FieldLimit) =>
  limit.list ? limit.list.items * (limit.chars + 2) : limit.chars;

const count = (n: number) => n.toLocaleString('en-US');

/** An error, in the desk's words, for each field longer than its limit or with too many items. */
export function overLimits(v: Values, limits: FieldLimits): Errors {
  const errors: Errors = {};
  for (const [field, limit] of Object.entries(limits)) {
    const text = v[field];
    if (!text) continue;
    if (limit.list) {
      const items = limit.list.split(text);
      const longest = items.reduce((a, b) => (b.length > a.length ? b : a), '');
      if (items.length > limit.list.items)
        errors[field] =
          `${limit.label}: at most ${count(limit.list.items)} items; this has ${count(items.length)}.`;
      else if (longest.length > limit.chars)
        errors[field] =
          `${limit.label}: at most ${count(limit.chars)} characters an item; one has ${count(longest.length)}.`;
    } else if (text.length > limit.chars) {
      errors[field] =
        `${limit.label}: at most ${count(limit.chars)} characters; this has ${count(text.length)}.`;
    }
  }
  return errors;
}

/** A form's checks with its limits: an error the check makes first stands, the limit's after it. */
export const withLimits =
  (check: (v: Values) => Errors, limits: FieldLimits) =>
  (v: Values): Errors => ({ ...overLimits(v, limits), ...check(v) });
