import type { GqlResolvers as Resolvers } from '../__generated__/resolvers-types';
import { toGlobalId } from '../ids';
import { connection, pageWindow } from '../connections';
import { evidenceOf, interval } from './shared';

export const eventResolvers: Resolvers = {
  Query: {
    events: (_, { filter, ...paging }, ctx) => {
      const list = 'events';
      const { start, size, backward } = pageWindow(list, paging);
      return connection(
        list,
        ctx.store.events.page(
          { ...filter, from: interval(filter?.from, 'filter.from'), to: interval(filter?.to, 'filter.to') },
          start,
          size,
          backward,
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
