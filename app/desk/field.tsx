import type { ReactNode } from 'react';
import styles from './desk.module.css';

interface FieldProps {
  /** The form field's name, also its id's stem. */
  name: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  children: (props: {
    id: string;
    name: string;
    'aria-invalid'?: true;
    'aria-describedby'?: string;
  }) => ReactNode;
}

/**
 * A labelled field with its hint and its error beside it: the control names both through
 * aria-describedby, and is marked aria-invalid while its error stands, so a screen reader
 * hears what is wrong when it reaches the field.
 */
export function Field({ name, label, error, hint, children }: FieldProps) {
  const id = `field-${name}`;
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className={styles.hint}>
          {hint}
        </p>
      ) : null}
      {children({
        id,
        name,
        ...(error ? { 'aria-invalid': true as const } : {}),
        ...(described ? { 'aria-describedby': described } : {}),
      })}
      {error ? (
        <p id={`${id}-error`} className={styles.error}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
