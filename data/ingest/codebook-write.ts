/**
 * The CAMEO codebook rule (./codebook-check.ts) as an API write's problem: the same wording
 * the dataset loader gives, at the input field it names ("input.cameoCode", "input.intensity").
 */
import { codedRecordProblem, type Coded } from './codebook-check';
import type { WriteProblem } from './api-writes';

export function codebookWriteProblem(record: Coded): WriteProblem | null {
  const problem = codedRecordProblem(record, 'use that value, or the code that fits the statement');
  if (!problem) return null;
  return {
    field: ['input', problem.field],
    message: `${problem.field} ${problem.message}`,
    code: 'INVALID_INPUT',
  };
}
