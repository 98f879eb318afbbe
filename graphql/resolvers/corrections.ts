import type { GqlResolvers as Resolvers } from '../__generated__/resolvers-types';
import { fromGlobalId } from '../ids';
import { guarded } from './mutations';

/** Corrections of held records, and the change log every such record keeps. */
export const correctionResolvers: Resolvers = {
  Mutation: {
    updateStatement: async (_, { input }, ctx) => {
      const { result, userErrors } = await guarded(
        ctx,
        (analyst) => ctx.corrections.updateStatement(analyst, fromGlobalId(input.id), input),
        (k) => ctx.loaders.statementByKey.load(k),
      );
      return { statement: result, userErrors };
    },
  },
  Statement: {
    revisions: (s, _, ctx) => ctx.loaders.revisions.Statement.load(s.id),
  },
  Event: {
    revisions: (e, _, ctx) => ctx.loaders.revisions.Event.load(e.id),
  },
  SanctionPackage: {
    revisions: (p, _, ctx) => ctx.loaders.revisions.SanctionPackage.load(p.id),
  },
};
