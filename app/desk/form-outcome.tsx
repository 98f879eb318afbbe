import Link from 'next/link';
import type { FormState } from './form-state';
import styles from './desk.module.css';

/**
 * What the last submission of a desk form did: what it wrote, with a link to it, or why nothing
 * was; or, when the browser did not send the form at all (`notSent`, see useFormSizeCheck), why.
 */
export function FormOutcome({
  state: shown,
  notSent = null,
}: {
  state: Pick<FormState, 'done' | 'formError'>;
  notSent?: string | null;
}) {
  const state = notSent ? { done: null, formError: notSent } : shown;
  return (
    <>
      {state.done ? (
        <p className={styles.done} role="status">
          {state.done.message} <Link href={state.done.href}>{state.done.linkText}</Link>
          {state.done.also ? (
            <>
              {' · '}
              <Link href={state.done.also.href}>{state.done.also.linkText}</Link>
            </>
          ) : null}
        </p>
      ) : null}
      {state.formError ? (
        <p className={styles.formError} role="alert">
          {state.formError}
        </p>
      ) : null}
    </>
  );
}
