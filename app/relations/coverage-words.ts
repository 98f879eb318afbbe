/**
 * The index's coverage in words (docs/tension.md, "Coverage"): wherever the index is shown,
 * too few records are said, never shown as a number that would read as calm.
 */
import { formatPartialDate, plural } from '@/app/components/format';
import { precisionOf } from '@/data/partial-date';

export interface CoverageFacts {
  records: number;
  acts: number;
  sources: number;
  speakers: number;
  latest?: string | null;
  latestAgeDays?: number | null;
  sufficient: boolean;
}

/** "not enough records: 0 between Russia and Ukraine", with how narrow when there are some. */
export function notEnoughRecords(coverage: CoverageFacts, a: string, b: string): string {
  const base = `not enough records: ${coverage.records.toLocaleString('en-US')} between ${a} and ${b}`;
  if (coverage.records === 0) return base;
  return `${base} (${plural(coverage.acts, 'act')}, from ${plural(coverage.sources, 'source')})`;
}

/**
 * "384 days earlier", "1 day earlier", "the same day": the latest record's age on the day read.
 * A record dated only to its month or year is not aged to the day ("Aug 1945" is not
 * "29,706 days" old): its age is said in months or years, as roughly as its date is known.
 */
export function ageWords(days: number, latest?: string | null): string {
  const precision = latest ? precisionOf(latest) : 'DAY';
  if (precision === 'DAY') return days === 0 ? 'the same day' : `${plural(days, 'day')} earlier`;
  const months = Math.round(days / 30.44);
  if (precision === 'MONTH' && months < 24)
    return months === 0 ? 'in the same month' : `about ${plural(months, 'month')} earlier`;
  const years = Math.round(days / 365.25);
  return years === 0 ? 'within the same year' : `about ${plural(years, 'year')} earlier`;
}

/** What the coverage rests on, one sentence: "34 records (23 acts) from 22 sources." */
export function basisWords(coverage: CoverageFacts): string {
  const voice = coverage.speakers === 1 ? ' Every statement is one speaker’s: one voice.' : '';
  return `From ${plural(coverage.records, 'record')} (${plural(coverage.acts, 'act')}) in ${plural(coverage.sources, 'source')}.${voice}`;
}

/** "30 Nov 2026 (today)" or the day named. */
export function asOfWords(asOf: string, today: string): string {
  return `${formatPartialDate(asOf)}${asOf === today ? ' (today)' : ''}`;
}

/** Today by the UTC calendar, as the API reads it when no day is named. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}
