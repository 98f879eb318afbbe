'use client';
import { useActionState } from 'react';
import { signIn } from './actions';
import { Field } from './field';
import { emptyForm } from './form-state';
import styles from './desk.module.css';

export function SignInForm() {
  const [state, action, pending] = useActionState(signIn, emptyForm);
  return (
    <form action={action} className={styles.form} aria-label="Sign in">
      {state.formError ? <p className={styles.formError}>{state.formError}</p> : null}
      <Field
        name="token"
        label="Token"
        error={state.errors.token}
        hint="Your personal token, as npm run analyst -- add printed it. It is checked once and never stored in the browser."
      >
        {(props) => <input {...props} type="password" autoComplete="off" required />}
      </Field>
      <div className={styles.actions}>
        <button type="submit" disabled={pending}>
          Sign in
        </button>
      </div>
    </form>
  );
}
