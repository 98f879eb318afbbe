import type { GqlResolvers as Resolvers } from '../__generated__/resolvers-types';
import { fromGlobalId, toGlobalId } from '../ids';
import { guarded } from './mutations';
import { pageSize } from '../connections';
import type { GraphQLContext } from '../context';
import type { RetractedLinks } from '../../data/store/rows';

/** A record's changes: a retracted one's moved with it (migration 013). */
function revisionsOf(
  ctx: GraphQLContext,
  type: 'Statement' | 'Event' | 'SanctionPackage',
  row: { id: number; retracted?: RetractedLinks },
) {
  return row.retracted
    ? ctx.loaders.retractedRevisions.load(row.retracted.retractedId)
    : ctx.loaders.revisions[type].load(row.id);
}

/** Corrections of held records, and the change log every such record keeps. */
export const correctionResolvers: Resolvers = {
  Query: {
    recentRevisions: (_, { first }, ctx) => ctx.store.recentRevisions.latest(pageSize(first)),
  },
  RecordRevision: {
    record: (r) => ({
      id: toGlobalId(r.recordType, r.recordKey),
      type: r.recordType,
      key: r.recordKey,
      label: r.recordLabel,
      retracted: r.recordRetracted,
    }),
  },
  Mutation: {
    updateStatement: async (_, { input }, ctx) => {
      const { result, userErrors } = await guarded(
        ctx,
        input,
        (analyst) => ctx.corrections.updateStatement(analyst, fromGlobalId(input.id), input),
        (k) => ctx.loaders.statementByKey.load(k),
      );
      return { statement: result, userErrors };
    },
    retractRecord: async (_, { input }, ctx) => {
      const named = fromGlobalId(input.id);
      const { result, userErrors } = await guarded(
        ctx,
        input,
        (analyst) => ctx.corrections.retractRecord(analyst, named, input),
        async (key) => (named ? toGlobalId(named.type, key) : null),
      );
      return { id: result, userErrors };
    },
  },
  Statement: {
    revisions: (s, _, ctx) => revisionsOf(ctx, 'Statement', s),
    retracted: (s) => s.retracted !== undefined,
  },
  Event: {
    revisions: (e, _, ctx) => revisionsOf(ctx, 'Event', e),
    retracted: (e) => e.retracted !== undefined,
  },
  SanctionPackage: {
    revisions: (p, _, ctx) => revisionsOf(ctx, 'SanctionPackage', p),
    retracted: (p) => p.retracted !== undefined,
  },
};
