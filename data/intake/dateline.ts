/**
 * The date a wire story's dateline gives: "MOSCOW, April 13." or "TOKYO, 13 April (Reuters) -".
 * A dateline names no year, so the year is the source's own (a story dated 13 December in a
 * source published on 2 January is from the year before). With no dateline, or no year to
 * give it, there is no date: none is invented.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/** A place in capitals, at the start of a line near the top, then a comma and the day. */
const PLACE = "^[ \\t]*\\p{Lu}[\\p{Lu} .'’-]{1,40}?(?:\\s*\\([^)\\n]{1,40}\\))?,[ \\t]+";
const MONTH_DAY = new RegExp(`${PLACE}${MONTH}[ \\t]+(\\d{1,2})(?:,?[ \\t]+(\\d{4}))?\\b`, 'mu');
const DAY_MONTH = new RegExp(`${PLACE}(\\d{1,2})[ \\t]+${MONTH}(?:,?[ \\t]+(\\d{4}))?\\b`, 'mu');

/** How far into the text a dateline may stand: a headline and a standfirst may come first. */
const DATELINE_REACH = 600;

const pad = (n: number) => String(n).padStart(2, '0');

function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * "YYYY-MM-DD" from the dateline, or null. `sourceDate` is the source's publication date as a
 * partial date ("2025-04-14", "2025-04", "2025") or null.
 */
export function datelineDate(text: string, sourceDate: string | null): string | null {
  const head = text.slice(0, DATELINE_REACH);
  const monthFirst = MONTH_DAY.exec(head);
  const dayFirst = monthFirst ? null : DAY_MONTH.exec(head);
  const found = monthFirst
    ? { month: monthFirst[1]!, day: monthFirst[2]!, year: monthFirst[3] }
    : dayFirst
      ? { month: dayFirst[2]!, day: dayFirst[1]!, year: dayFirst[3] }
      : null;
  if (!found) return null;
  const month = MONTHS.indexOf(found.month.slice(0, 3).toLowerCase()) + 1;
  const day = Number(found.day);
  let year = found.year ? Number(found.year) : sourceDate ? Number(sourceDate.slice(0, 4)) : NaN;
  if (!Number.isInteger(year)) return null;
  if (
    !found.year &&
    sourceDate &&
    sourceDate.length === 10 &&
    `${pad(month)}-${pad(day)}` > sourceDate.slice(5)
  ) {
    year -= 1; // a dateline after its own publication day is from the year before
  }
  return isRealDay(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null;
}
