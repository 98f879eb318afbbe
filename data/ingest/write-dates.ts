/**
 * The dates an analyst's write may carry: none that begins after today (a record of what was
 * said or done cannot be from the future, and one far ahead stretches every series to it), and
 * an end not before its start. Only writes through the API are held to this; the dataset's
 * historical records are checked by their own rules.
 */
import { dayFromNumber, todayNumber, toInterval } from '../partial-date';
import type { WriteProblem } from './api-writes';

/** The dated fields of a record in the dataset's shape, already valid partial dates. */
interface Dated {
  date?: string;
  endDate?: string;
  /** A source's publication date. */
  publishedAt?: string;
}

export function writeDateProblems(
  record: Dated,
  today: string = dayFromNumber(todayNumber()),
): WriteProblem[] {
  const problems: WriteProblem[] = [];
  for (const field of ['date', 'endDate', 'publishedAt'] as const) {
    const value = record[field];
    // A partial date sorts, as text, before every day it names: "2026" is not after 2026-03-01,
    // so only a date whose first day is after today is refused.
    if (value !== undefined && value > today)
      problems.push({
        field: ['input', field],
        message: `"${value}" is after today (${today} UTC): a record cannot be dated in the future`,
        code: 'INVALID_INPUT',
      });
  }
  const { date, endDate } = record;
  if (date !== undefined && endDate !== undefined && toInterval(endDate).end < toInterval(date).start)
    problems.push({
      field: ['input', 'endDate'],
      message: `"${endDate}" is before the date "${date}": an end date may not come before the start`,
      code: 'INVALID_INPUT',
    });
  return problems;
}
