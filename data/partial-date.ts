/**
 * Partial dates: "1945", "2022-02", "2025-04-09". A source that says "April 2025" is
 * stored as "2025-04", never padded to a day it did not name. For filtering and
 * ordering, a partial date stands for the interval of days it names. Years run from
 * FIRST_YEAR to LAST_YEAR (1800..2200): wide enough for any record the dataset carries, narrow
 * enough that every walk over its months stays small (data/period.ts).
 */
import { FIRST_YEAR, LAST_YEAR } from './period';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export type PartialDatePrecision = 'YEAR' | 'MONTH' | 'DAY';

export interface DayInterval {
  /** First day, "YYYY-MM-DD". */
  start: string;
  /** Last day, "YYYY-MM-DD". */
  end: string;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * What names no calendar day in a date of the right shape: "month 13; months run 01 to 12" for
 * "2025-13", "day 30; that month has days 01 to 28" for "2025-02-30"; null otherwise.
 */
export function calendarFault(text: string): string | null {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return null;
  const [, year, month, day] = match;
  if (month === undefined) return null;
  const m = Number(month);
  if (m < 1 || m > 12) return `month ${month}; months run 01 to 12`;
  if (day === undefined) return null;
  const last = daysInMonth(Number(year), m);
  const d = Number(day);
  return d < 1 || d > last ? `day ${day}; that month has days 01 to ${last}` : null;
}

/** Why `text` is not a partial date, or null when it is one. */
export function partialDateProblem(text: string): string | null {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return `"${text}" is not a partial date (expected YYYY, YYYY-MM or YYYY-MM-DD)`;
  const year = Number(match[1]);
  if (year < FIRST_YEAR || year > LAST_YEAR)
    return `"${text}" has year ${match[1]}; years run ${FIRST_YEAR} to ${LAST_YEAR}`;
  const fault = calendarFault(text);
  return fault ? `"${text}" has ${fault}` : null;
}

export function isPartialDate(text: string): boolean {
  return partialDateProblem(text) === null;
}

export function precisionOf(date: string): PartialDatePrecision {
  if (date.length === 4) return 'YEAR';
  if (date.length === 7) return 'MONTH';
  return 'DAY';
}

/** The days a valid partial date names: "2025-04" is 2025-04-01 .. 2025-04-30. */
export function toInterval(date: string): DayInterval {
  const problem = partialDateProblem(date);
  if (problem) throw new RangeError(problem);
  const [y, m, d] = date.split('-');
  if (d !== undefined) return { start: date, end: date };
  if (m !== undefined) {
    const last = daysInMonth(Number(y), Number(m));
    return { start: `${y}-${m}-01`, end: `${y}-${m}-${String(last).padStart(2, '0')}` };
  }
  return { start: `${y}-01-01`, end: `${y}-12-31` };
}

const DAY_MS = 86_400_000;

// A busy pair's tension asks for the day number of the same few thousand days hundreds of
// thousands of times, and Date.parse was most of its cost: the answers are kept, boundedly.
const DAY_NUMBERS_KEPT = 50_000;
const dayNumbers = new Map<string, number>();

/** Days since 1970-01-01 of a "YYYY-MM-DD" day. */
export function dayNumber(day: string): number {
  let days = dayNumbers.get(day);
  if (days === undefined) {
    days = Date.parse(`${day}T00:00:00Z`) / DAY_MS;
    if (dayNumbers.size < DAY_NUMBERS_KEPT) dayNumbers.set(day, days);
  }
  return days;
}

export function dayFromNumber(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

/** Today's number of days since 1970-01-01, by the UTC calendar. */
export function todayNumber(now: Date = new Date()): number {
  return Math.floor(now.getTime() / DAY_MS);
}
