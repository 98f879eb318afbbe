/**
 * The day and period a relation's reading is asked for in its URL (`?asOf=2025-11-11`,
 * `?period=YEAR`), with what was left out said in words, as the lists say theirs: a value that
 * names no day, a day after today, or a period there is not are never read silently as today
 * or as months.
 */
import { partialDateProblem } from '@/data/partial-date';
import { PERIOD_LABELS, PERIODS, type PeriodName } from './periods';
import { todayUtc } from './coverage-words';

export interface ReadingParams {
  /** The day to read the index on; undefined for today. */
  asOf: string | undefined;
  period: PeriodName;
  /** Each value left out and why, to show above the reading. */
  problems: string[];
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function readingParams(query: Record<string, string | string[] | undefined>): ReadingParams {
  const problems: string[] = [];
  const asOfText = first(query.asOf)?.trim();
  let asOf: string | undefined;
  if (asOfText) {
    const problem = partialDateProblem(asOfText);
    if (problem) problems.push(`Day to read the index on: ${problem}; read as of today instead`);
    // Only a date that begins after today is refused ("2026" read in 2026 is fine): compared as
    // text, a partial date sorts before every day it names.
    else if (asOfText > todayUtc())
      problems.push(`Day to read the index on: "${asOfText}" is after today; read as of today instead`);
    else asOf = asOfText;
  }
  const periodText = first(query.period)?.trim();
  let period: PeriodName = 'MONTH';
  if (periodText) {
    const named = PERIODS.find((p) => p === periodText.toUpperCase());
    if (named) period = named;
    else
      problems.push(
        `Period: "${periodText}" is not one of ${PERIODS.map((p) => PERIOD_LABELS[p]).join(', ')}; shown by month`,
      );
  }
  return { asOf, period, problems };
}
