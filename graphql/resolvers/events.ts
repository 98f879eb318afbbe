import type { GqlResolvers as Resolvers } from '../__generated__/resolvers-types';
import { toGlobalId } from '../ids';
import { pageWindow } from '../connections';
import { eventConnection } from './read-ahead';
import { evidenceOf, interval, keptRows } from './shared';

export const eventResolvers: Resolvers = {
  Query: {
    events: async (_, { filter, ...paging }, ctx, info) => {
      const list = 'events';
      const { start, size, backward } = pageWindow(list, paging);
      const args = {
        ...filter,
        from: interval(filter?.from, 'filter.from'),
        to: interval(filter?.to, 'filter.to'),
      };
      const widens = Boolean(filter?.actors?.length) && !filter?.includeAffiliated;
      return eventConnection(
        ctx,
        info,
        list,
        await ctx.store.events.page(args, start, size, backward),
        widens ? () => ctx.store.events.count({ ...args, includeAffiliated: true }) : undefined,
      );
    },
  },
  EventConnection: {
    totalCountWithAffiliated: (list) => list.withAffiliated?.() ?? null,
  },
  Event: {
    id: (e) => toGlobalId('Event', e.key),
    // A retracted event's links are those it kept (migration 013), not the live tables'.
    actors: (e, _, ctx) =>
      e.retracted
        ? keptRows(ctx.loaders.actor, e.retracted.actorIds, 'actor')
        : ctx.loaders.eventActors.get(e.id),
    measurements: (e, _, ctx) => e.retracted?.measurements ?? ctx.loaders.eventMeasurements.get(e.id),
    evidence: (e, _, ctx) => e.retracted?.evidence ?? evidenceOf(ctx, 'Event', e.id),
  },
};
