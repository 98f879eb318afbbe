/**
 * The feed screens (statements, events) keep their filters in the URL (GET forms), with the
 * same names the exports take: a filtered page and its download always agree. Values the API
 * would refuse are dropped here with a message, so a hand-edited URL still shows a page.
 */
import { partialDateProblem } from '@/data/partial-date';
import {
  EventKind,
  Stance,
  type EventFilter,
  type StatementFilter,
} from '@/graphql/__generated__/client/graphql';

export type SearchParams = Record<string, string | string[] | undefined>;

/** The API's Stance values, in the schema's order (hostile to conciliatory). */
export const STANCES: readonly Stance[] = Object.values(Stance);

/** Page size when the URL does not say; `first` in the URL may ask for 1 to 100. */
export const DEFAULT_PAGE_SIZE = 20;

/** The page sizes the lists offer. */
export const PAGE_SIZES = [20, 50, 100] as const;

/** Every value of a parameter, each also split on commas (`stance=HOSTILE,CRITICAL`). */
export function listParam(params: SearchParams, name: string): string[] {
  const raw = params[name];
  const values = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
  return [...new Set(values)];
}

export function oneParam(params: SearchParams, name: string): string | undefined {
  return listParam(params, name)[0];
}

/** Actor and topic keys are slugs; anything else cannot match and is dropped. */
export function keysParam(params: SearchParams, name: string, problems: string[]): string[] | undefined {
  const values = listParam(params, name).map((v) => v.toLowerCase());
  const keys = values.filter((v) => /^[a-z0-9][a-z0-9-]*$/.test(v));
  if (keys.length < values.length)
    problems.push(`“${name}” takes keys such as “japan”; the others were ignored.`);
  return keys.length > 0 ? keys : undefined;
}

export function enumParam<E extends string>(
  params: SearchParams,
  name: string,
  allowed: readonly E[],
  problems: string[],
): E[] | undefined {
  const values = listParam(params, name).map((v) => v.toUpperCase());
  const good = values.filter((v): v is E => (allowed as readonly string[]).includes(v));
  if (good.length < values.length) {
    problems.push(`“${name}” must be one of ${allowed.join(', ')}; the others were ignored.`);
  }
  return good.length > 0 ? good : undefined;
}

/**
 * `include=affiliates`: the speaker (or actor) filter takes in those who speak for that actor
 * (Russia's ambassador for Russia). The one value `include` knows; screens and exports share it.
 */
export const INCLUDE_AFFILIATES = 'affiliates';

export function includeAffiliatesParam(params: SearchParams, problems: string[]): boolean {
  const values = listParam(params, 'include').map((v) => v.toLowerCase());
  if (values.some((v) => v !== INCLUDE_AFFILIATES))
    problems.push(`“include” takes only “${INCLUDE_AFFILIATES}”; the others were ignored.`);
  return values.includes(INCLUDE_AFFILIATES);
}

export function dateParam(params: SearchParams, name: string, problems: string[]): string | undefined {
  const value = oneParam(params, name);
  if (value === undefined) return undefined;
  const problem = partialDateProblem(value);
  if (problem) {
    problems.push(`“${name}”: ${problem}; ignored.`);
    return undefined;
  }
  return value;
}

/**
 * Page size and cursor: `first` (1 to 100), `after` (an opaque cursor: the page after it) or
 * `before` (the page before it), and `page` (its number, for display).
 */
export function pageParams(params: SearchParams, defaultSize = DEFAULT_PAGE_SIZE) {
  const firstRaw = Number(oneParam(params, 'first'));
  const first = Number.isInteger(firstRaw) && firstRaw >= 1 && firstRaw <= 100 ? firstRaw : defaultSize;
  const after = oneParam(params, 'after');
  const before = after ? undefined : oneParam(params, 'before');
  const pageRaw = Number(oneParam(params, 'page'));
  const page = (after || before) && Number.isInteger(pageRaw) && pageRaw >= 2 ? pageRaw : after ? 2 : 1;
  return { first, firstGiven: first !== defaultSize, after, before, page };
}

/** The connection arguments of a page: `first`/`after` forward, `last`/`before` back. */
export function pageVariables(query: Pick<FeedQuery, 'first' | 'after' | 'before'>) {
  return query.before
    ? { last: query.first, before: query.before }
    : { first: query.first, after: query.after ?? null };
}

/**
 * Whether `from` starts after `to` ends, so that no record can fall in between. Both are
 * partial dates: "2025-05" to "2025" overlap, "2026" to "2025-12" do not.
 */
export function isReversedRange(from: string | undefined, to: string | undefined): boolean {
  return Boolean(from && to && from.slice(0, to.length) > to);
}

/** What the screen says when From is after To; the list asks for nothing then. */
export function reversedRangeMessage(from: string, to: string, noun: string): string {
  return `“From” (${from}) is after “To” (${to}), so no ${noun} can fall between them. Swap the two dates to see that range.`;
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
  problems: string[];
  /** From is after To: the screen says so instead of showing an empty list without a word. */
  reversedRange?: { from: string; to: string };
}

export type StatementQuery = FeedQuery<StatementFilter>;

export function parseStatementParams(search: SearchParams): StatementQuery {
  const problems: string[] = [];
  const speakers = keysParam(search, 'speaker', problems);
  const affiliates = includeAffiliatesParam(search, problems);
  const targets = keysParam(search, 'target', problems);
  const topics = keysParam(search, 'topic', problems);
  const stances = enumParam(search, 'stance', STANCES, problems);
  const from = dateParam(search, 'from', problems);
  const to = dateParam(search, 'to', problems);
  const text = oneParam(search, 'text')?.slice(0, 200);
  const filter: StatementFilter = {};
  if (speakers) filter.speakers = speakers;
  if (affiliates) filter.includeAffiliated = true;
  if (targets) filter.targets = targets;
  if (topics) filter.topics = topics;
  if (stances) filter.stances = stances;
  if (from) filter.from = from;
  if (to) filter.to = to;
  if (text) filter.text = text;
  return {
    filter,
    params: {
      speaker: speakers,
      include: affiliates ? INCLUDE_AFFILIATES : undefined,
      target: targets,
      topic: topics,
      stance: stances,
      from,
      to,
      text,
    },
    ...pageParams(search),
    problems,
    reversedRange: from && to && isReversedRange(from, to) ? { from, to } : undefined,
  };
}

/** The API's EventKind values, in the schema's order. */
export const EVENT_KINDS: readonly EventKind[] = Object.values(EventKind);

/** Events per page when the URL does not say: a whole timeline for most filters. */
export const EVENTS_PAGE_SIZE = 50;

export type EventQuery = FeedQuery<EventFilter>;

/** The events screen's URL: kind, actor, from, to (as the export), and the page. */
export function parseEventParams(search: SearchParams): EventQuery {
  const problems: string[] = [];
  const kinds = enumParam(search, 'kind', EVENT_KINDS, problems);
  const actors = keysParam(search, 'actor', problems);
  const affiliates = includeAffiliatesParam(search, problems);
  const from = dateParam(search, 'from', problems);
  const to = dateParam(search, 'to', problems);
  const filter: EventFilter = {};
  if (kinds) filter.kinds = kinds;
  if (actors) filter.actors = actors;
  if (affiliates) filter.includeAffiliated = true;
  if (from) filter.from = from;
  if (to) filter.to = to;
  return {
    filter,
    params: { kind: kinds, actor: actors, include: affiliates ? INCLUDE_AFFILIATES : undefined, from, to },
    ...pageParams(search, EVENTS_PAGE_SIZE),
    problems,
    reversedRange: from && to && isReversedRange(from, to) ? { from, to } : undefined,
  };
}
