/**
 * Holds coded records to the CAMEO codebook: a record's code must be one the codebook has,
 * and its intensity must be that code's Goldstein value, unless the record says why not
 * (`intensityReason`). Without this a score could drift from its code unnoticed, as root
 * values once stood in for the full codes' values. The dataset loader and the API's writes
 * apply the same rule, in the same words.
 */
import { cameoCodebook } from '../cameo';
import type { Dataset } from './dataset-schema';

export interface CodebookProblem {
  file: 'statements' | 'events' | 'sanction-packages';
  key: string;
  index: number;
  field: string;
  message: string;
}

export interface Coded {
  key: string;
  cameoCode?: string;
  intensity?: number;
  intensityReason?: string;
}

/**
 * What is wrong with one record's code or intensity, by field; null when it agrees. `remedy` ends
 * a disagreeing intensity's message with what the writer can do: a dataset file can give its
 * reason for departing from the code, the API's inputs have no such field.
 */
export function codedRecordProblem(
  r: Coded,
  remedy = 'use that value or give intensityReason',
): { field: string; message: string } | null {
  if (r.cameoCode === undefined) {
    return r.intensityReason === undefined
      ? null
      : { field: 'intensityReason', message: 'is given but there is no cameoCode to depart from' };
  }
  const entry = cameoCodebook().get(r.cameoCode);
  if (!entry) return { field: 'cameoCode', message: `"${r.cameoCode}" is not a CAMEO event code` };
  if (r.intensity === undefined || r.intensity === entry.goldstein || r.intensityReason !== undefined)
    return null;
  return {
    field: 'intensity',
    message: `is ${r.intensity}, but CAMEO ${entry.code} ("${entry.label}") is ${entry.goldstein} on the Goldstein scale; ${remedy}`,
  };
}

function check(file: CodebookProblem['file'], records: readonly Coded[]): CodebookProblem[] {
  return records.flatMap((r, index) => {
    const problem = codedRecordProblem(r);
    return problem ? [{ file, key: r.key, index, ...problem }] : [];
  });
}

/** Every coded record in `dataset` whose code or intensity disagrees with the codebook. */
export function codebookProblems(
  dataset: Pick<Dataset, 'statements' | 'events' | 'sanction-packages'>,
): CodebookProblem[] {
  return [
    ...check('statements', dataset.statements),
    ...check('events', dataset.events),
    ...check('sanction-packages', dataset['sanction-packages']),
  ];
}
