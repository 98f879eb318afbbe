import type { GqlResolvers as Resolvers } from '../__generated__/resolvers-types';
import type { CitingRecord } from '../../data/store/repositories/sources';
import type { GraphQLContext } from '../context';
import { pageSize } from '../connections';
import { toGlobalId } from '../ids';
import { required, typed } from './shared';

async function citedRecord(ctx: GraphQLContext, { recordType, recordId }: CitingRecord) {
  const { loaders } = ctx;
  switch (recordType) {
    case 'Statement':
      return typed('Statement', await required(loaders.statement, recordId, 'statement'));
    case 'Event':
      return typed('Event', await required(loaders.event, recordId, 'event'));
    case 'SanctionRegime':
      return typed('SanctionRegime', await required(loaders.regime, recordId, 'regime'));
    case 'SanctionPackage':
      return typed('SanctionPackage', await required(loaders.sanctionPackage, recordId, 'package'));
    case 'Alliance':
      return typed('Alliance', await required(loaders.alliance, recordId, 'alliance'));
    case 'Membership':
      return typed('Membership', await required(loaders.membership, recordId, 'membership'));
    case 'Office':
      return typed('Office', await required(loaders.office, recordId, 'office'));
  }
}

export const provenanceResolvers: Resolvers = {
  Query: {
    sources: (_, { text, first }, ctx) => {
      // Without arguments the list stays whole, as it always was; a search is bounded.
      if (!text && first == null) return ctx.store.sources.all();
      const limit = pageSize(first ?? 20);
      return ctx.store.sources.matching(text ?? '', limit);
    },
    source: (_, { key }, ctx) => ctx.loaders.sourceByKey.load(key),
  },
  Source: {
    id: (source) => toGlobalId('Source', source.key),
    // The contract promises every source a title; an unknown one is described, not invented.
    title: (source) =>
      source.title ?? [source.outlet, source.publishedAt].filter((part) => part !== null).join(', '),
    titleKnown: (source) => source.title !== null,
    citationCount: (source, _, ctx) => ctx.loaders.citationCount.load(source.id),
    citedBy: async (source, _, ctx) =>
      Promise.all((await ctx.store.sources.citing(source.id)).map((c) => citedRecord(ctx, c))),
  },
  Evidence: {
    source: (evidence, _, ctx) => required(ctx.loaders.source, evidence.sourceId, 'source'),
    via: (evidence, _, ctx) => (evidence.viaId === null ? null : ctx.loaders.actor.get(evidence.viaId)),
  },
};
