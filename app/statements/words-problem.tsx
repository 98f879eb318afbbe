'use client';

import { useStatementQuery } from './use-statement-query';
import styles from './words-problem.module.css';

/**
 * Beside the words box: why the URL's words were left out (too long, or no word in them), as it
 * changes with the URL. The list above says the other parameters' problems.
 */
export function WordsProblem({ id }: { id: string }) {
  const { faults } = useStatementQuery();
  return (
    <small id={id} className={styles.problem} aria-live="polite" data-part="words-problem">
      {faults.text ?? ''}
    </small>
  );
}
