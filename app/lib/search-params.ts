/**
 * The feed screens (statements, events) keep their filters in the URL (GET forms), under the
 * names the exports take, read by the same schema (./list-params.ts): a filtered page and its
 * download always agree. A value the schema refuses is left out here with its message, so a
 * hand-edited URL still shows a page.
 */
import type { EventFilter, StatementFilter } from '@/graphql/__generated__/client/graphql';
import {
  INCLUDE_AFFILIATES,
  rawParams,
  readLeniently,
  SCREEN_PARAMS,
  type ReversedRange,
} from './list-params';

export {
  EVENT_KINDS,
  INCLUDE_AFFILIATES,
  STANCES,
  isReversedRange,
  reversedRangeMessage,
} from './list-params';

export type SearchParams = Record<string, string | string[] | undefined>;

/** Page size when the URL does not say; `first` in the URL may ask for 1 to 100. */
export const DEFAULT_PAGE_SIZE = 20;

/** Events per page when the URL does not say: a whole timeline for most filters. */
export const EVENTS_PAGE_SIZE = 50;

/** The page sizes the lists offer. */
export const PAGE_SIZES = [20, 50, 100] as const;

/** A feed screen's URL, parsed: the API filter, the same filters as URL parameters, the page. */
export interface FeedQuery<Filter = unknown> {
  filter: Filter;
  /** The filters as URL parameters (the names the export takes too). */
  params: Record<string, string[] | string | undefined>;
  first: number;
  firstGiven: boolean;
  after?: string;
  before?: string;
  page: number;
  /** Why parts of the URL were left out, one message each. */
  problems: string[];
  /** The same messages by the parameter left out ("text"), for saying them beside its field. */
  faults: Record<string, string>;
  /** From is after To: the screen says so instead of showing an empty list without a word. */
  reversedRange?: ReversedRange;
}

export type StatementQuery = FeedQuery<StatementFilter>;
export type EventQuery = FeedQuery<EventFilter>;

interface PageValues {
  first?: number;
  after?: string;
  before?: string;
  page?: number;
}

/**
 * The page: its size (the list's default when the URL does not say), one cursor (`after`
 * wins when both are given) and its number, which only a cursor makes more than 1.
 */
function pageOf(values: PageValues, defaultSize: number) {
  const first = values.first ?? defaultSize;
  const after = values.after;
  const before = after ? undefined : values.before;
  const page = (after || before) && values.page && values.page >= 2 ? values.page : after ? 2 : 1;
  return { first, firstGiven: first !== defaultSize, after, before, page };
}

/** The connection arguments of a page: `first`/`after` forward, `last`/`before` back. */
export function pageVariables(query: Pick<FeedQuery, 'first' | 'after' | 'before'>) {
  return query.before
    ? { last: query.first, before: query.before }
    : { first: query.first, after: query.after ?? null };
}

/** The variables of a feed's query for its URL: the filter and the page. */
export function feedVariables<Filter>(query: FeedQuery<Filter>) {
  return { filter: query.filter, ...pageVariables(query) };
}

/** The filter input without the fields the URL left empty. */
function defined<T extends object>(filter: T): T {
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)) as T;
}

/** A query string from the filter values, in a stable order, without empty ones. */
export function toQuery(values: Record<string, string | readonly string[] | number | undefined>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === '') continue;
    if (Array.isArray(value)) value.forEach((v) => query.append(name, v));
    else query.set(name, String(value));
  }
  return query.toString();
}

export function parseStatementParams(search: SearchParams | URLSearchParams): StatementQuery {
  const { values, problems, faults } = readLeniently(SCREEN_PARAMS.statements, rawParams(search));
  const { speaker, include, target, topic, stance, from, to, text, reversedRange } = values;
  return {
    filter: defined({
      speakers: speaker,
      includeAffiliated: include,
      targets: target,
      topics: topic,
      stances: stance,
      from,
      to,
      text,
    }),
    params: { speaker, include: include && INCLUDE_AFFILIATES, target, topic, stance, from, to, text },
    ...pageOf(values, DEFAULT_PAGE_SIZE),
    problems,
    faults,
    reversedRange,
  };
}

/** The events screen's URL: kind, actor, from, to (as the export), and the page. */
export function parseEventParams(search: SearchParams | URLSearchParams): EventQuery {
  const { values, problems, faults } = readLeniently(SCREEN_PARAMS.events, rawParams(search));
  const { kind, actor, include, from, to, reversedRange } = values;
  return {
    filter: defined({ kinds: kind, actors: actor, includeAffiliated: include, from, to }),
    params: { kind, actor, include: include && INCLUDE_AFFILIATES, from, to },
    ...pageOf(values, EVENTS_PAGE_SIZE),
    problems,
    faults,
    reversedRange,
  };
}
