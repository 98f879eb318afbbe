'use client';
import { useActionState } from 'react';
import { retractRecord } from '../correction-actions';
import { Field } from '../field';
import { RETRACTION_LIMITS } from '../correction-input';
import { FormOutcome } from '../form-outcome';
import { useFormSizeCheck } from '../form-size-check';
import { emptyForm } from '../form-state';
import styles from '../desk.module.css';

/** A record's retraction, with its reason; works as a plain form POST without JavaScript. */
export function RetractForm({ id, noun }: { id: string; noun: string }) {
  const [state, action, pending] = useActionState(retractRecord, emptyForm);
  const [notSent, checkSize] = useFormSizeCheck();
  return (
    <form
      key={state.attempt}
      onSubmit={checkSize}
      action={action}
      className={styles.form}
      aria-label={`Retract the ${noun}`}
      noValidate
    >
      <FormOutcome state={state} notSent={notSent} />
      {state.done ? null : (
        <>
          <input type="hidden" name="id" value={id} />
          <Field
            name="reason"
            label="Reason"
            error={state.errors.reason}
            limit={RETRACTION_LIMITS.reason}
            hint={`Why the ${noun} is withdrawn, in your words. It leaves every list, count, chart and the tension index, and stays readable on its page, marked retracted.`}
          >
            {(p) => <textarea {...p} rows={2} defaultValue={state.values.reason} />}
          </Field>
          <div className={styles.actions}>
            <button type="submit" disabled={pending}>
              Retract
            </button>
          </div>
        </>
      )}
    </form>
  );
}
