import type { GqlResolvers as Resolvers } from '../__generated__/resolvers-types';
import { toGlobalId } from '../ids';
import { connection, decodeCursor, pageSize } from '../connections';
import { evidenceOf, interval } from './shared';

export const eventResolvers: Resolvers = {
  Query: {
    events: (_, { filter, first, after }, ctx) => {
      const size = pageSize(first);
      const list = 'events';
      return connection(
        list,
        ctx.store.events.page(
          { ...filter, from: interval(filter?.from, 'filter.from'), to: interval(filter?.to, 'filter.to') },
          decodeCursor(list, after, 2),
          size,
        ),
      );
    },
  },
  Event: {
    id: (e) => toGlobalId('Event', e.key),
    actors: (e, _, ctx) => ctx.loaders.eventActors.load(e.id),
    measurements: (e, _, ctx) => ctx.loaders.eventMeasurements.load(e.id),
    evidence: (e, _, ctx) => evidenceOf(ctx, 'Event', e.id),
  },
};
