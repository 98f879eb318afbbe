'use client';
import { useActionState } from 'react';
import { signIn } from './actions';
import { Field } from './field';
import { emptyForm } from './form-state';
import styles from './desk.module.css';

/**
 * The desk's sign-in. `next` is the desk page the analyst asked for, where signing in returns
 * them (the action accepts only a /desk path of this site); `notice` says why the form is shown.
 */
export function SignInForm({ next, notice }: { next?: string; notice?: string }) {
  const [state, action, pending] = useActionState(signIn, emptyForm);
  return (
    <form action={action} className={styles.form} aria-label="Sign in">
      {notice && !state.formError && !state.errors.token ? (
        <p className={styles.done} role="status">
          {notice}
        </p>
      ) : null}
      {state.formError ? <p className={styles.formError}>{state.formError}</p> : null}
      {next ? <input type="hidden" name="next" value={next} /> : null}
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
