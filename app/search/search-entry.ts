/**
 * One search result as /search lists it: what kind of record it is, the words that name it, its
 * date, and the page that shows it, which is the page the other panels link that kind to.
 */
import { formatPartialDate } from '@/app/components/format';
import { regimeHref } from '@/app/sanctions/anchors';
import { regimeName } from '@/app/sanctions/regime-name';
import type { SearchPageQuery } from '@/graphql/__generated__/client/graphql';

export type SearchResult = SearchPageQuery['search'][number];

export interface SearchEntry {
  kind: string;
  name: string;
  /** Further words that tell this record from others of its name: a title, a place, an outlet. */
  detail: string | null;
  date: string | null;
  href: string;
}

/** "9 Apr 2025", "9 Apr 2025 – 12 Apr 2025", "since 2014": null when the record holds no date. */
function dateSpan(from?: string | null, to?: string | null): string | null {
  if (from && to) return `${formatPartialDate(from)} – ${formatPartialDate(to)}`;
  if (from) return formatPartialDate(from);
  return to ? `until ${formatPartialDate(to)}` : null;
}

const pathPart = encodeURIComponent;

export function searchEntry(result: SearchResult): SearchEntry {
  switch (result.__typename) {
    case 'Actor':
      return {
        kind: 'Actor',
        name: result.name,
        detail: result.role ?? null,
        date: null,
        href: `/actors/${pathPart(result.key)}`,
      };
    case 'Statement':
      return {
        kind: 'Statement',
        name: result.summary,
        detail: `Said by ${result.speaker.name}`,
        date: dateSpan(result.date),
        href: `/records/${pathPart(result.id)}`,
      };
    case 'Event':
      return {
        kind: 'Event',
        name: result.title,
        detail: result.location ?? null,
        date: dateSpan(result.date, result.endDate),
        href: `/records/${pathPart(result.id)}`,
      };
    case 'Alliance':
      return {
        kind: 'Alliance',
        name: result.acronym ? `${result.name} (${result.acronym})` : result.name,
        detail: null,
        date: dateSpan(result.since, result.until),
        href: `/alliances#alliance-${pathPart(result.key)}`,
      };
    case 'Office':
      return {
        kind: 'Office',
        name: result.name,
        detail: result.city,
        date: dateSpan(result.openedOn),
        href: `/alliances#office-${pathPart(result.key)}`,
      };
    case 'SanctionRegime':
      return {
        kind: 'Sanction regime',
        name: regimeName(result),
        detail: null,
        date: result.since ? `since ${formatPartialDate(result.since)}` : null,
        href: regimeHref(result.key),
      };
    case 'SanctionDesignation':
      // A listing has no page of its own: it leads to the actor it lists.
      return {
        kind: 'Designation',
        name: result.designee.name,
        detail: [result.authority, result.program].filter(Boolean).join(', ') || null,
        date: dateSpan(result.listedOn),
        href: `/actors/${pathPart(result.designee.key)}`,
      };
    case 'Source':
      return {
        kind: 'Source',
        name: result.title,
        // A source without a title of its own is named by its outlet: not said twice.
        detail: result.outlet === result.title ? null : result.outlet,
        date: dateSpan(result.publishedAt),
        href: `/sources/${pathPart(result.key)}`,
      };
  }
}
