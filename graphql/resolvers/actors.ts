import type { GqlResolvers as Resolvers } from '../__generated__/resolvers-types';
import { toGlobalId } from '../ids';
import { connection, decodeCursor, pageSize } from '../connections';
import { eventConnection, statementConnection } from './read-ahead';

export const actorResolvers: Resolvers = {
  Query: {
    actor: (_, { key }, ctx) => ctx.loaders.actorByKey.load(key),
    actors: async (_, { filter, first, after }, ctx) => {
      const size = pageSize(first);
      const list = 'actors';
      return connection(list, await ctx.store.actors.page(filter ?? {}, decodeCursor(list, after, 2), size));
    },
  },
  Actor: {
    id: (actor) => toGlobalId('Actor', actor.key),
    affiliation: (actor, _, ctx) =>
      actor.affiliationId === null ? null : ctx.loaders.actor.load(actor.affiliationId),
    statements: async (actor, { first, after }, ctx, info) => {
      const list = `actor-statements:${actor.key}`;
      return statementConnection(
        ctx,
        info,
        list,
        await ctx.store.statements.page(
          { speakerIds: [actor.id] },
          { field: 'DATE', direction: 'DESC' },
          decodeCursor(list, after, 2),
          pageSize(first),
        ),
      );
    },
    statementsAbout: async (actor, { first, after }, ctx, info) => {
      const list = `actor-statements-about:${actor.key}`;
      return statementConnection(
        ctx,
        info,
        list,
        await ctx.store.statements.page(
          { targetIds: [actor.id] },
          { field: 'DATE', direction: 'DESC' },
          decodeCursor(list, after, 2),
          pageSize(first),
        ),
      );
    },
    events: async (actor, { first, after }, ctx, info) => {
      const list = `actor-events:${actor.key}`;
      return eventConnection(
        ctx,
        info,
        list,
        await ctx.store.events.page({ actorIds: [actor.id] }, decodeCursor(list, after, 2), pageSize(first)),
      );
    },
    memberships: (actor, _, ctx) => ctx.loaders.membershipsOfActor.load(actor.id),
    sanctionsImposed: (actor, _, ctx) => ctx.loaders.regimesImposed.load(actor.id),
    sanctionsReceived: (actor, _, ctx) => ctx.loaders.regimesReceived.load(actor.id),
    offices: (actor, _, ctx) => ctx.loaders.officesOfActor.load(actor.id),
  },
};
