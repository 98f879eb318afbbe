/**
 * The two pieces of a pair's tension arithmetic that SQLite and PostgreSQL compute differently,
 * written so that both engines give the same doubles: the ordering of acts by weight must be the
 * same list on either engine, and a day's sum the same number.
 */
import type { Dialect } from '../sql';

/**
 * 2^59: every intensity in [-10, 10] of magnitude at least 2^-7 is a whole multiple of 2^-59
 * (a double's last bit there is worth 2^-59 or more), and 10 * 2^59 fits an int8.
 */
const EXACT_SCALE = '576460752303423488';

/**
 * The sum of `expression` (doubles) over a group, rounded once. SQLite's sum() of reals is
 * compensated (Kahan-Babuska-Neumaier): for these values its error term is exact, so it answers
 * the exact sum rounded to the nearest double. PostgreSQL's sum(double precision) rounds at each
 * row, in whatever order the rows arrive; so it sums whole multiples of 2^-59 as integers
 * (exactly, in numeric) and rounds once. Intensities below 2^-7 in magnitude other than 0 (none
 * on the Goldstein scale, whose values are tenths) would be rounded to 2^-59 before summing.
 */
export function exactSum(dialect: Dialect, expression: string): string {
  return dialect === 'postgres'
    ? `(${scaledSum(expression)}::double precision / ${EXACT_SCALE}::double precision)`
    : `sum(${expression})`;
}

/** PostgreSQL only: exactSum's integer, whole and unrounded (numeric), before it is scaled back. */
function scaledSum(expression: string): string {
  return `sum((${expression} * ${EXACT_SCALE}::double precision)::bigint)`;
}

/**
 * PostgreSQL only: a part of exactSum as text, for sums whose parts are read by separate
 * queries; addScaledSums adds them and rounds once, to the double exactSum gives for the whole.
 */
export function scaledSumText(expression: string): string {
  return `${scaledSum(expression)}::text`;
}

/**
 * The sum of the parts scaledSumText read, rounded once: BigInt adds them exactly, and Number()
 * rounds to the nearest double as PostgreSQL's numeric-to-double cast does; dividing by a power
 * of two is then exact.
 */
export function addScaledSums(parts: readonly string[]): number {
  const total = parts.reduce((sum, part) => sum + BigInt(part), 0n);
  return Number(total) / Number(EXACT_SCALE);
}

/**
 * A "YYYY-MM-DD" text as PostgreSQL's date, as SQLite's julianday() reads it: a day 01 to 31 of
 * a month 01 to 12, a day past the month's end counting on into the next month ("2025-02-30" is
 * 2 March); anything else, as a month "2025-04", NULL. (SQLite also reads a bare number as a
 * Julian day number, a time after the day, a year 0000 or a negative year: first days are
 * written from checked dates of years 1800 to 2200, and hold none of these.) A CASE, not a
 * subquery: it is worked out for every act a pair has (a few microseconds each, the pattern
 * test most of them).
 */
function dayOf(text: string): string {
  // PostgreSQL has no year 0; `>= '0001'` leaves it out faster than a look-ahead would.
  return `CASE WHEN ${text} >= '0001' AND ${text} ~ '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'
    THEN make_date(substr(${text}, 1, 4)::integer, substr(${text}, 6, 2)::integer, 1)
      + (substr(${text}, 9, 2)::integer - 1) END`;
}

/**
 * Days from the first day in `column` to the day given as the next parameter ("YYYY-MM-DD"
 * texts), as a double; NULL when either is not a day. SQLite's `julianday(a) - julianday(b)`
 * of two days is a whole number of days, exactly (each is some whole number and a half), as
 * the difference of PostgreSQL's dates is. The parameter is read once, as SQLite reads it.
 */
export function daysUntilGiven(dialect: Dialect, column: string): string {
  return dialect === 'postgres'
    ? `((SELECT ${dayOf('given.day')} FROM (SELECT ?::text AS day) AS given) - (${dayOf(column)}))::double precision`
    : `(julianday(?) - julianday(${column}))`;
}

/**
 * `base` raised to `exponent`, both doubles: C's pow() on both engines (PostgreSQL's power()
 * of a numeric base would compute in numeric, to other digits).
 */
export function powerOf(dialect: Dialect, base: string, exponent: string): string {
  return dialect === 'postgres'
    ? `power((${base})::double precision, (${exponent})::double precision)`
    : `pow(${base}, ${exponent})`;
}
