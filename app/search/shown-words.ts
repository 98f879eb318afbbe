import { MAX_TEXT_LENGTH } from '@/app/lib/list-params';

/**
 * Words as the page repeats them (its title, the box): the API refuses more than
 * MAX_TEXT_LENGTH characters, but a URL can carry 16 KB, which the page would send back several
 * times over; and control and direction characters, which no word holds, would reach the tab's
 * title raw (a NUL byte, a right-to-left override that turns " · Faultline" around).
 */
export function shownWords(words: string): string {
  const visible = words.replace(/[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu, '\ufffd');
  return visible.length > MAX_TEXT_LENGTH ? `${visible.slice(0, MAX_TEXT_LENGTH)}…` : visible;
}
