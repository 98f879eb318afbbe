/**
 * Calendar periods (months, quarters, years) as integers. A month is numbered by its month
 * index, year * 12 + (month - 1), so stepping to the next period is an addition and no date
 * string is ever built just to be read back. Every walk over periods is bounded: dates live
 * in FIRST_YEAR..LAST_YEAR (data/partial-date.ts refuses others), so no walk can need more
 * than MAX_PERIOD_STEPS steps, and one that would is refused instead of run.
 */

/** The earliest year a partial date may name. */
export const FIRST_YEAR = 1800;
/** The latest year a partial date may name. */
export const LAST_YEAR = 2200;

export type Period = 'MONTH' | 'QUARTER' | 'YEAR';

/** Months in one period of each kind. */
export const PERIOD_MONTHS: Record<Period, number> = { MONTH: 1, QUARTER: 3, YEAR: 12 };

/** Months from the first of FIRST_YEAR to the last of LAST_YEAR: the longest possible walk. */
export const MAX_PERIOD_STEPS = (LAST_YEAR - FIRST_YEAR + 1) * 12;

/** The month indexes of January FIRST_YEAR and December LAST_YEAR. */
export const FIRST_MONTH = FIRST_YEAR * 12;
export const LAST_MONTH = LAST_YEAR * 12 + 11;

/**
 * A month index moved into the date range: rows stored before the range was enforced may lie
 * outside it, and a walk over them must still stay inside.
 */
export function clampMonth(monthIndex: number): number {
  return Math.min(Math.max(monthIndex, FIRST_MONTH), LAST_MONTH);
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_MS = 86_400_000;

/** The year a date text starts with, read as every digit before the first "-". */
export function yearOf(date: string): number {
  const dash = date.indexOf('-');
  return Number(dash === -1 ? date : date.slice(0, dash));
}

/** The month index of a partial date or day: "2025-04-09" and "2025-04" → 2025*12+3; "2025" → January. */
export function monthIndexOf(date: string): number {
  const [year, month] = date.split('-');
  return Number(year) * 12 + (month === undefined ? 0 : Number(month) - 1);
}

export function yearOfIndex(monthIndex: number): number {
  return Math.floor(monthIndex / 12);
}

/** 1..12 */
export function monthOfIndex(monthIndex: number): number {
  return monthIndex - yearOfIndex(monthIndex) * 12 + 1;
}

/** The month index where the period holding `monthIndex` starts. */
export function periodStartIndex(monthIndex: number, period: Period): number {
  const span = PERIOD_MONTHS[period];
  return Math.floor(monthIndex / span) * span;
}

/** Days since 1970-01-01 of the first day of a month. */
export function firstDayNumber(monthIndex: number): number {
  return Date.UTC(yearOfIndex(monthIndex), monthOfIndex(monthIndex) - 1, 1) / DAY_MS;
}

/** "YYYY-MM-01" of a month. */
export function firstDayText(monthIndex: number): string {
  const year = String(yearOfIndex(monthIndex)).padStart(4, '0');
  return `${year}-${String(monthOfIndex(monthIndex)).padStart(2, '0')}-01`;
}

/** The first day of the period holding `monthIndex`, and the first day of the next one (day numbers). */
export function periodDays(monthIndex: number, period: Period): { first: number; next: number } {
  const start = periodStartIndex(monthIndex, period);
  return { first: firstDayNumber(start), next: firstDayNumber(start + PERIOD_MONTHS[period]) };
}

/** How many periods a walk from the period holding `fromIndex` to the one holding `toIndex` visits. */
export function periodCount(fromIndex: number, toIndex: number, period: Period): number {
  const first = periodStartIndex(fromIndex, period);
  const last = periodStartIndex(toIndex, period);
  return last < first ? 0 : (last - first) / PERIOD_MONTHS[period] + 1;
}

/**
 * The start (month index) of every period from the one holding `fromIndex` to the one holding
 * `toIndex`, in order. Refuses a walk longer than MAX_PERIOD_STEPS rather than running it.
 */
export function periodStarts(fromIndex: number, toIndex: number, period: Period): number[] {
  const count = periodCount(fromIndex, toIndex, period);
  if (count > MAX_PERIOD_STEPS)
    throw new RangeError(
      `a walk of ${count} periods is longer than the ${MAX_PERIOD_STEPS} the date range holds`,
    );
  const first = periodStartIndex(fromIndex, period);
  const span = PERIOD_MONTHS[period];
  return Array.from({ length: count }, (_, i) => first + i * span);
}

/** "Apr" for month 4. */
export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? String(month);
}

/** 1..4 */
export function quarterOfIndex(monthIndex: number): number {
  return Math.floor((monthOfIndex(monthIndex) - 1) / 3) + 1;
}

/** A period starting at `monthIndex`: as a MONTH "Apr 2025", as a QUARTER "Q2 2025", as a YEAR "2025". */
export function periodLabel(monthIndex: number, period: Period): string {
  const year = yearOfIndex(monthIndex);
  if (period === 'YEAR') return String(year);
  if (period === 'QUARTER') return `Q${quarterOfIndex(monthIndex)} ${year}`;
  return `${monthName(monthOfIndex(monthIndex))} ${year}`;
}

/** "2022-Q1" for a quarter starting at `monthIndex`: sortable as text within the year range. */
export function quarterKey(monthIndex: number): string {
  return `${yearOfIndex(monthIndex)}-Q${quarterOfIndex(monthIndex)}`;
}
