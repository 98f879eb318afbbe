import { unixLineBreaks } from '@/data/field-limits';

/**
 * What a desk form shows after a submission: the values as typed (so nothing is lost), an error
 * beside each field at fault, an error about the whole form, or what was written. Shared by the
 * Server Actions and the forms that render their state.
 */
export interface FormState {
  /**
   * New on every submission: the form is keyed by it, so it mounts afresh with the values sent
   * back (a reset form would put each select back to the choice it first mounted with).
   */
  attempt: string;
  values: Record<string, string>;
  errors: Record<string, string>;
  formError: string | null;
  /** A refused write's record already held (a repeat of it), linked, so the analyst can cite or correct it. */
  existing?: { href: string; linkText: string } | null;
  /** What was written, with a link to it, and sometimes a second link (`also`) to where it is listed. */
  done: { message: string; href: string; linkText: string; also?: { href: string; linkText: string } } | null;
}

export const emptyForm: FormState = { attempt: '', values: {}, errors: {}, formError: null, done: null };

/** The state a submission returns, marked as a new attempt. */
export const attempted = <S extends FormState>(state: S): S => ({ ...state, attempt: crypto.randomUUID() });

/** A user error of a write, as the API returns it. */
export interface UserErrorValue {
  field?: readonly string[] | null;
  message: string;
  /** The record already held that the write would repeat (code DUPLICATE). */
  existingId?: string | null;
}

/**
 * The API's user errors placed beside the form's fields: `fields` maps an input path
 * ("input.evidence.sourceKey") to the form field showing it; the rest concern the whole form.
 */
export function placeErrors(
  userErrors: readonly UserErrorValue[],
  fields: Record<string, string>,
  values: Record<string, string>,
): FormState {
  const errors: Record<string, string> = {};
  const general: string[] = [];
  for (const e of userErrors) {
    const field = fields[(e.field ?? []).join('.')];
    if (field && !errors[field]) errors[field] = e.message;
    else general.push(e.message);
  }
  return { attempt: '', values, errors, formError: general.length ? general.join(' ') : null, done: null };
}

/**
 * The form's text fields, trimmed, with line breaks as "\n": a browser sends a textarea's breaks
 * as "\r\n", which would make an unchanged text read as changed and count a character more per
 * line than the field showed. A file or a missing field reads as "".
 */
export function formValues(form: FormData, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    names.map((name) => {
      const value = form.get(name);
      return [name, typeof value === 'string' ? unixLineBreaks(value).trim() : ''];
    }),
  );
}

/** A comma- or line-separated list, each item once: "japan, nato, japan" is ["japan", "nato"]. */
export const listOf = (text: string) => [
  ...new Set(
    text
      .split(/[,\n]/)
      .map((item) => item.trim())
      .filter(Boolean),
  ),
];
