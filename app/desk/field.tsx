import type { ReactNode } from 'react';
import { maxLengthOf, type FieldLimit } from './field-limits';
import styles from './desk.module.css';

interface FieldProps {
  /** The form field's name, also its id's stem. */
  name: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  /** How long the value may be: the control gets it as maxLength. */
  limit?: FieldLimit;
  children: (props: {
    id: string;
    name: string;
    maxLength?: number;
    'aria-invalid'?: true;
    'aria-describedby'?: string;
  }) => ReactNode;
}

/**
 * A labelled field with its hint and its error beside it: the control names both through
 * aria-describedby, and is marked aria-invalid while its error stands, so a screen reader
 * hears what is wrong when it reaches the field.
 */
export function Field({ name, label, error, hint, limit, children }: FieldProps) {
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
        ...(limit ? { maxLength: maxLengthOf(limit) } : {}),
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
