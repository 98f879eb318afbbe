import type { EventFilter, EventKind } from '@/graphql/__generated__/client/graphql';
import { EVENT_KINDS as DATASET_EVENT_KINDS } from '@/data/ingest/dataset-schema';
import {
  dateParam,
  enumParam,
  keysParam,
  pageParams,
  type FeedQuery,
  type SearchParams,
} from '../statements/search-params';

/** The dataset's event kinds, which are the API's EventKind values (checked here). */
export const EVENT_KINDS = DATASET_EVENT_KINDS satisfies readonly EventKind[];

/** Events per page when the URL does not say: a whole timeline for most filters. */
export const EVENTS_PAGE_SIZE = 50;

export type EventQuery = FeedQuery<EventFilter>;

/** The events screen's URL: kind, actor, from, to (as the export), and the page. */
export function parseEventParams(search: SearchParams): EventQuery {
  const problems: string[] = [];
  const kinds = enumParam(search, 'kind', EVENT_KINDS, problems);
  const actors = keysParam(search, 'actor', problems);
  const from = dateParam(search, 'from', problems);
  const to = dateParam(search, 'to', problems);
  const filter: EventFilter = {};
  if (kinds) filter.kinds = kinds;
  if (actors) filter.actors = actors;
  if (from) filter.from = from;
  if (to) filter.to = to;
  return {
    filter,
    params: { kind: kinds, actor: actors, from, to },
    ...pageParams(search, EVENTS_PAGE_SIZE),
    problems,
  };
}
