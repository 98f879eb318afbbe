/**
 * The rules a statement written through the API must keep beyond its shape, shared by
 * addStatement and updateStatement: its targets do not include its speaker, its quote occurs in
 * its excerpt, and no other held statement says the same (speaker, date, quote or else summary).
 * Run inside the write's immediate transaction, so two copies sent at once cannot both pass.
 */
import type { RecordWrites } from '../store/writes/records';
import type { Gen } from '../store/writes/steps';
import type { StatementRecord } from './dataset-schema';
import type { WriteProblem } from './api-writes';
import { quoteInExcerpt } from './statement-rules';
import { statementWords } from '../statement-words';

export function* statementRuleProblem(
  rows: RecordWrites,
  r: StatementRecord,
  /** The statement being corrected, which may say what it said before. */
  exceptKey?: string,
): Gen<WriteProblem | null> {
  if (r.targets.includes(r.speaker)) {
    return {
      field: ['input', 'targetKeys'],
      message: `the targets include the speaker "${r.speaker}": a statement is aimed at others than who makes it`,
      code: 'INVALID_INPUT',
    };
  }
  if (r.quote && r.evidence.excerpt && !quoteInExcerpt(r.quote, r.evidence.excerpt)) {
    return {
      field: ['input', 'quote'],
      message:
        "the quote does not occur in the evidence's excerpt: a quote must be the source's words, verbatim",
      code: 'QUOTE_NOT_IN_EXCERPT',
    };
  }
  const words = r.quote ?? r.summary;
  const byQuote = r.quote !== undefined;
  const held = yield* rows.statementSaying(r.speaker, r.date, statementWords(words), byQuote, exceptKey);
  if (!held) return null;
  return {
    field: ['input', byQuote ? 'quote' : 'summary'],
    message: `the same statement is held already: ${r.speaker} on ${r.date} with the same ${byQuote ? 'quote' : 'summary'}`,
    code: 'DUPLICATE',
    existing: { type: 'Statement', key: held },
  };
}
