'use client';
import { useActionState, type ReactNode } from 'react';
import { FormOutcome } from './form-outcome';
import { useFormSizeCheck } from './form-size-check';
import { emptyForm, type FormState } from './form-state';
import styles from './desk.module.css';

/**
 * A desk form: its Server Action's state, the size check before sending, what the last
 * submission did, the fields as the state shows them, and the submit button. The form is keyed
 * by its attempt, so it mounts afresh with the values sent back (a reset form would put each
 * select back to the choice it first mounted with). Works as a plain form POST without JavaScript.
 */
export function DeskForm({
  action: submit,
  label,
  submitLabel,
  once = false,
  closed = false,
  children,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  /** The form's accessible name: "New event". */
  label: string;
  submitLabel: string;
  /** A form that is done once it succeeds (a retraction): then only its outcome is shown. */
  once?: boolean;
  /**
   * A form with nothing left to do (its record was retracted meanwhile): only what its last
   * submission did is shown, so that a plain post refused because another analyst got there
   * first still says so.
   */
  closed?: boolean;
  children: (state: FormState) => ReactNode;
}) {
  const [state, action, pending] = useActionState(submit, emptyForm);
  const [notSent, checkSize] = useFormSizeCheck();
  return (
    <form
      key={state.attempt}
      onSubmit={checkSize}
      action={action}
      className={styles.form}
      aria-label={label}
      noValidate
    >
      <FormOutcome state={state} notSent={notSent} />
      {closed || (once && state.done) ? null : (
        <>
          {children(state)}
          <div className={styles.actions}>
            <button type="submit" disabled={pending}>
              {submitLabel}
            </button>
          </div>
        </>
      )}
    </form>
  );
}
