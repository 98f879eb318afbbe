'use client';
import { useActionState } from 'react';
import { addStatement } from '../actions';
import { FormOutcome } from '../form-outcome';
import { useFormSizeCheck } from '../form-size-check';
import { emptyForm } from '../form-state';
import { StatementFields } from '../statement-fields';
import styles from '../desk.module.css';

/** A new statement, checked by addStatement's own rules; works as a plain form POST without JavaScript. */
export function StatementForm() {
  const [state, action, pending] = useActionState(addStatement, emptyForm);
  const [notSent, checkSize] = useFormSizeCheck();
  return (
    <form
      key={state.attempt}
      onSubmit={checkSize}
      action={action}
      className={styles.form}
      aria-label="New statement"
      noValidate
    >
      <FormOutcome state={state} notSent={notSent} />
      <StatementFields values={state.values} errors={state.errors} />
      <div className={styles.actions}>
        <button type="submit" disabled={pending}>
          Add statement
        </button>
      </div>
    </form>
  );
}
