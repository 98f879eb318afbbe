import 'server-only';
import { analystForPost, isForm, NOT_A_FORM, refusedWhole } from './post-guard';
import {
  attempted,
  emptyForm,
  formValues,
  placeErrors,
  type FormState,
  type UserErrorValue,
} from './form-state';
import type { Errors, Values } from './input-checks';
import { nounOf, recordHref } from './recent-changes/recent-change-words';
import { fromGlobalId } from '@/graphql/ids';

/** A link to the record a refused write would have repeated, when the API names one. */
export function heldRecordLink(userErrors: readonly UserErrorValue[]): FormState['existing'] {
  const id = userErrors.find((e) => e.existingId)?.existingId;
  const held = id ? fromGlobalId(id) : null;
  if (!id || !held) return null;
  return { href: recordHref({ id, ...held }), linkText: `Open the ${nounOf(held.type)} already held` };
}

/** How one desk form becomes one API write, and what its success says. */
export interface WriteForm<Input, Written> {
  /** The form's field names, as its controls are named. */
  fields: readonly string[];
  /** What the API's types would refuse, said beside the fields, before anything is sent. */
  check: (values: Values) => Errors;
  /**
   * A reason to refuse the whole form before anything is sent (said above the form), if any,
   * with a link to where the analyst can go on when there is one.
   */
  refusal?: (values: Values) => string | { message: string; link: NonNullable<FormState['existing']> } | null;
  /** The API input the checked values make. */
  input: (values: Values) => Input;
  /** The mutation, run as the analyst: the record written (null when refused) and the user errors. */
  write: (
    analyst: { id: number; name: string },
    input: Input,
  ) => Promise<{ written: Written | null | undefined; userErrors: readonly UserErrorValue[] }>;
  /** Where each user error's input path is shown. */
  errorFields: Record<string, string>;
  /** What the form says about the record it added, with a link to it. */
  done: (written: Written, analystName: string) => NonNullable<FormState['done']>;
}

/**
 * A desk form's submission: the POST's origin and session checked, the values checked as the
 * API's types would, then the write made as the signed-in analyst through the API's own
 * mutation; errors come back beside their fields with every value kept.
 */
export async function submitWrite<Input, Written>(
  form: unknown,
  spec: WriteForm<Input, Written>,
): Promise<FormState> {
  if (!isForm(form)) return attempted({ ...emptyForm, formError: NOT_A_FORM });
  const analyst = await analystForPost();
  const values = formValues(form, spec.fields);
  if ('refused' in analyst) return attempted({ ...emptyForm, values, formError: analyst.refused });
  const refusal = spec.refusal?.(values);
  if (typeof refusal === 'string') return attempted({ ...emptyForm, values, formError: refusal });
  if (refusal) return attempted({ ...emptyForm, values, formError: refusal.message, existing: refusal.link });
  const errors = spec.check(values);
  if (Object.keys(errors).length) return attempted({ ...emptyForm, values, errors });
  try {
    const { written, userErrors } = await spec.write(analyst, spec.input(values));
    if (!written)
      return attempted({
        ...placeErrors(userErrors, spec.errorFields, values),
        existing: heldRecordLink(userErrors),
      });
    return attempted({ ...emptyForm, done: spec.done(written, analyst.name) });
  } catch (error) {
    return attempted(refusedWhole(error, values));
  }
}
