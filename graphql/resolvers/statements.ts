import type { GqlResolvers as Resolvers } from '../__generated__/resolvers-types';
import { toGlobalId } from '../ids';
import { connection, decodeCursor, pageSize } from '../connections';
import { evidenceOf, interval, required } from './shared';

export const statementResolvers: Resolvers = {
  Query: {
    statements: (_, { filter, orderBy, first, after }, ctx) => {
      const order = orderBy ?? { field: 'DATE', direction: 'DESC' };
      const size = pageSize(first);
      // The order is part of the list's name: a cursor only continues the order it came from.
      const list = `statements:${order.field}:${order.direction}`;
      return connection(
        list,
        ctx.store.statements.page(
          { ...filter, from: interval(filter?.from, 'filter.from'), to: interval(filter?.to, 'filter.to') },
          order,
          decodeCursor(list, after, 2),
          size,
        ),
      );
    },
    topics: (_, __, ctx) => ctx.store.overview.topics(),
  },
  Statement: {
    id: (s) => toGlobalId('Statement', s.key),
    speaker: (s, _, ctx) => required(ctx.loaders.actor, s.speakerId, 'actor'),
    targets: (s, _, ctx) => ctx.loaders.statementTargets.load(s.id),
    topics: (s, _, ctx) => ctx.loaders.statementTopics.load(s.id),
    evidence: async (s, _, ctx) => {
      const [first] = await evidenceOf(ctx, 'Statement', s.id);
      if (!first) throw new Error(`statement ${s.key} has no evidence in the store`);
      return first;
    },
  },
  Topic: {
    id: (t) => toGlobalId('Topic', t.key),
    statementCount: (t, _, ctx) => ctx.loaders.topicStatementCount.load(t.id),
  },
};
