import type { GqlResolvers as Resolvers } from '../__generated__/resolvers-types';
import { toGlobalId } from '../ids';
import { pageWindow } from '../connections';
import { statementConnection } from './read-ahead';
import { evidenceOf, interval, keptRows, required, searchText, whenRead } from './shared';

export const statementResolvers: Resolvers = {
  Query: {
    statements: async (_, { filter, orderBy, ...paging }, ctx, info) => {
      const order = orderBy ?? { field: 'DATE', direction: 'DESC' };
      // The order is part of the list's name: a cursor only continues the order it came from.
      const list = `statements:${order.field}:${order.direction}`;
      const { start, size, backward } = pageWindow(list, paging);
      searchText(filter?.text, 'filter.text');
      const args = {
        ...filter,
        from: interval(filter?.from, 'filter.from'),
        to: interval(filter?.to, 'filter.to'),
      };
      const widens = Boolean(filter?.speakers?.length) && !filter?.includeAffiliated;
      return statementConnection(
        ctx,
        info,
        list,
        await ctx.store.statements.page(args, order, start, size, backward),
        widens ? () => ctx.store.statements.count({ ...args, includeAffiliated: true }) : undefined,
      );
    },
    topics: (_, __, ctx) => ctx.store.overview.topics(),
  },
  Statement: {
    id: (s) => toGlobalId('Statement', s.key),
    speaker: (s, _, ctx) => required(ctx.loaders.actor, s.speakerId, 'actor'),
    // A retracted statement's links are those it kept (migration 013), not the live tables'.
    targets: (s, _, ctx) =>
      s.retracted
        ? keptRows(ctx.loaders.actor, s.retracted.actorIds, 'actor')
        : ctx.loaders.statementTargets.get(s.id),
    topics: (s, _, ctx) =>
      s.retracted
        ? keptRows(ctx.loaders.topic, s.retracted.topicIds, 'topic')
        : ctx.loaders.statementTopics.load(s.id),
    evidence: (s, _, ctx) =>
      whenRead(s.retracted?.evidence ?? evidenceOf(ctx, 'Statement', s.id), ([first]) => {
        if (!first) throw new Error(`statement ${s.key} has no evidence in the store`);
        return first;
      }),
  },
  StatementConnection: {
    totalCountWithAffiliated: (list) => list.withAffiliated?.() ?? null,
  },
  Topic: {
    id: (t) => toGlobalId('Topic', t.key),
    statementCount: (t, _, ctx) => ctx.loaders.topicStatementCount.load(t.id),
  },
};
