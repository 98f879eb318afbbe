/**
 * Holds coded records to the CAMEO codebook: a record's code must be one the codebook has,
 * and its intensity must be that code's Goldstein value, unless the record says why not
 * (`intensityReason`). Without this a score could drift from its code unnoticed, as root
 * values once stood in for the full codes' values.
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

interface Coded {
  key: string;
  cameoCode?: string;
  intensity?: number;
  intensityReason?: string;
}

function check(file: CodebookProblem['file'], records: readonly Coded[]): CodebookProblem[] {
  const book = cameoCodebook();
  const problems: CodebookProblem[] = [];
  records.forEach((r, index) => {
    if (r.cameoCode === undefined) {
      if (r.intensityReason !== undefined)
        problems.push({
          file,
          key: r.key,
          index,
          field: 'intensityReason',
          message: 'is given but there is no cameoCode to depart from',
        });
      return;
    }
    const entry = book.get(r.cameoCode);
    if (!entry) {
      problems.push({
        file,
        key: r.key,
        index,
        field: 'cameoCode',
        message: `"${r.cameoCode}" is not a CAMEO event code`,
      });
      return;
    }
    if (r.intensity === undefined || r.intensity === entry.goldstein || r.intensityReason !== undefined)
      return;
    problems.push({
      file,
      key: r.key,
      index,
      field: 'intensity',
      message: `is ${r.intensity}, but CAMEO ${entry.code} ("${entry.label}") is ${entry.goldstein} on the Goldstein scale; use that value or give intensityReason`,
    });
  });
  return problems;
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
