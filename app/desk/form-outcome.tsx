'use client';
import Link from 'next/link';
import { useEffect, useRef } from 'react';
import type { FormState } from './form-state';
import styles from './desk.module.css';

/**
 * After a refused submission, focus goes to the first field at fault, or to the message above the
 * form when no field is: a keyboard or screen-reader user lands on what to mend instead of on a
 * button that did nothing visible. After a write, it goes to what was written and its link, the
 * next thing such a user wants. The form is remounted for each submission (keyed by its attempt),
 * so this runs once per answer; `notSent` has no new attempt and runs it again itself.
 */
function useFocusOnOutcome(attempt: string, notSent: string | null) {
  const outcome = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (!attempt && !notSent) return;
    const form = outcome.current?.closest('form');
    const target =
      form?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      form?.querySelector<HTMLElement>('[data-outcome="refused"]') ??
      form?.querySelector<HTMLElement>('[data-outcome="done"]');
    target?.focus();
  }, [attempt, notSent]);
  return outcome;
}

/**
 * What the last submission of a desk form did: what it wrote, with a link to it, or why nothing
 * was; or, when the browser did not send the form at all (`notSent`, see useFormSizeCheck), why.
 */
export function FormOutcome({
  state: shown,
  notSent = null,
}: {
  state: Pick<FormState, 'attempt' | 'done' | 'formError' | 'existing'>;
  notSent?: string | null;
}) {
  const outcome = useFocusOnOutcome(shown.attempt, notSent);
  const state = notSent ? { done: null, formError: notSent, existing: null } : shown;
  return (
    <>
      <span ref={outcome} hidden />
      {state.done ? (
        <p className={styles.done} role="status" tabIndex={-1} data-outcome="done">
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
        <p className={styles.formError} role="alert" tabIndex={-1} data-outcome="refused">
          {state.formError}
        </p>
      ) : null}
      {state.existing ? (
        <p>
          {/* A whole page load: the link may name this very form, to be filled afresh as the record stands. */}
          <a href={state.existing.href}>{state.existing.linkText}</a>
        </p>
      ) : null}
    </>
  );
}
