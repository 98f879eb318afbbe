import type { GqlResolvers as Resolvers } from '../__generated__/resolvers-types';
import { toGlobalId } from '../ids';
import { connection, pageWindow } from '../connections';
import { evidenceOf, interval } from './shared';

export const eventResolvers: Resolvers = {
  Query: {
    events: (_, { filter, ...paging }, ctx) => {
      const list = 'events';
      const { start, size, backward } = pageWindow(list, paging);
      const args = {
        ...filter,
        from: interval(filter?.from, 'filter.from'),
        to: interval(filter?.to, 'filter.to'),
      };
      const widens = Boolean(filter?.actors?.length) && !filter?.includeAffiliated;
      return connection(
        list,
        ctx.store.events.page(args, start, size, backward),
        widens ? () => ctx.store.events.count({ ...args, includeAffiliated: true }) : undefined,
      );
    },
  },
  EventConnection: {
    totalCountWithAffiliated: (list) => list.withAffiliated?.() ?? null,
  },
  Event: {
    id: (e) => toGlobalId('Event', e.key),
    actors: (e, _, ctx) => ctx.loaders.eventActors.load(e.id),
    measurements: (e, _, ctx) => ctx.loaders.eventMeasurements.load(e.id),
    evidence: (e, _, ctx) => evidenceOf(ctx, 'Event', e.id),
  },
};
