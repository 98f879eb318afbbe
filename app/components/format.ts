/** Formatting shared by panels: dates keep their precision, figures their bounds. */
export { formatQuantity, quantityInWords } from '@/data/quantity';
import { monthName } from '@/data/period';

/** "2025" → "2025", "2022-02" → "Feb 2022", "2025-04-09" → "9 Apr 2025". */
export function formatPartialDate(date: string): string {
  const [year, month, day] = date.split('-');
  if (!month) return year ?? date;
  const name = monthName(Number(month));
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** "1 individual", "2 individuals": a count with its noun agreeing. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}

export function formatIntensity(value: number): string {
  return `${value > 0 ? '+' : ''}${value.toFixed(1)}`;
}

/** Stance colours, calm to hostile; one place so charts and badges agree. */
export const STANCE_COLORS = {
  HOSTILE: '#a2361f',
  CRITICAL: '#d9822b',
  NEUTRAL: '#7a8591',
  SUPPORTIVE: '#3d8c6e',
  CONCILIATORY: '#2b6cb0',
} as const;

/**
 * Whether a stored address may be rendered as a link: http or https only. Writes refuse other
 * schemes; this is the second check, for rows written before they did.
 */
export function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

const INSTANT = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});

/** "2026-11-30T15:42:07.123Z" → "30 Nov 2026, 15:42 UTC": when an analyst made a change. */
export function formatInstant(iso: string): string {
  return `${INSTANT.format(new Date(iso))} UTC`;
}
