import Link from 'next/link';
import type { FormState } from './form-state';
import styles from './desk.module.css';

/** What the last submission of a desk form did: what it wrote, with a link to it, or why nothing was. */
export function FormOutcome({ state }: { state: Pick<FormState, 'done' | 'formError'> }) {
  return (
    <>
      {state.done ? (
        <p className={styles.done} role="status">
          {state.done.message} <Link href={state.done.href}>{state.done.linkText}</Link>
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
