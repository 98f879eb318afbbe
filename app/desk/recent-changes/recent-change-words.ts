import type { DeskRecentChangesQuery, RevisionAction } from '@/graphql/__generated__/client/graphql';

export type RecentChange = DeskRecentChangesQuery['recentRevisions'][number];

/** How many changes the desk lists. */
export const RECENT_CHANGES_SHOWN = 20;

export const CHANGE_VERBS: Record<RevisionAction, string> = {
  CREATED: 'added',
  UPDATED: 'corrected',
  RETRACTED: 'retracted',
};

/** What each kind of record is called in the list. */
const NOUNS: Record<string, string> = {
  Statement: 'statement',
  Event: 'event',
  SanctionPackage: 'sanctions package',
  SanctionRegime: 'sanctions regime',
  Actor: 'actor',
  Source: 'source',
};

export const nounOf = (type: string) => NOUNS[type] ?? type;

/**
 * Where the record is read: statements, events and packages have a page with their history;
 * actors and sources their profile; a regime is read on the sanctions page.
 */
export function recordHref({ id, type, key }: Pick<RecentChange['record'], 'id' | 'type' | 'key'>): string {
  switch (type) {
    case 'Actor':
      return `/actors/${encodeURIComponent(key)}`;
    case 'Source':
      return `/sources/${encodeURIComponent(key)}`;
    case 'SanctionRegime':
      return '/sanctions';
    default:
      return `/records/${encodeURIComponent(id)}`;
  }
}

/** One change's identity: a change never changes, so when, what and which record name it. */
export const changeKey = (c: RecentChange) => `${c.at} ${c.action} ${c.record.id}`;

/** What a screen reader hears when changes arrive: how many, and the newest in words. */
export function arrivalNotice(fresh: readonly RecentChange[]): string {
  const newest = fresh[0];
  if (!newest) return '';
  const what = `${newest.by} ${CHANGE_VERBS[newest.action]} the ${nounOf(newest.record.type)} “${newest.record.label}”`;
  return fresh.length === 1 ? `New change: ${what}.` : `${fresh.length} new changes; the latest: ${what}.`;
}
