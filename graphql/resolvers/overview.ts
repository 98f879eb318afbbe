import type { GqlResolvers as Resolvers } from '../__generated__/resolvers-types';
import type { SearchHit } from '../../data/store/repositories/search';
import type { GraphQLContext } from '../context';
import { fromGlobalId, globalIdKeyProblem, type NodeType } from '../ids';
import { pageSize } from '../connections';
import { searchText, typed } from './shared';
import { badArgument } from '../errors';

async function searchResult(ctx: GraphQLContext, hit: SearchHit) {
  const { loaders } = ctx;
  const tag = <N extends string, T extends object>(name: N, row: T | null) => (row ? typed(name, row) : null);
  switch (hit.kind) {
    case 'Actor':
      return tag('Actor', await loaders.actor.load(hit.id));
    case 'Statement':
      return tag('Statement', await loaders.statement.load(hit.id));
    case 'Event':
      return tag('Event', await loaders.event.load(hit.id));
    case 'Alliance':
      return tag('Alliance', await loaders.alliance.load(hit.id));
    case 'Office':
      return tag('Office', await loaders.office.load(hit.id));
    case 'SanctionRegime':
      // A regime that holds nothing (its only package retracted) is listed nowhere, found neither.
      return (await loaders.regimeHolds.load(hit.id))
        ? tag('SanctionRegime', await loaders.regime.load(hit.id))
        : null;
    case 'SanctionDesignation':
      return tag('SanctionDesignation', await loaders.designation.load(hit.id));
    case 'Source':
      return tag('Source', await loaders.source.load(hit.id));
  }
}

async function nodeByKey(ctx: GraphQLContext, type: NodeType, key: string) {
  const { loaders } = ctx;
  const tag = <N extends string, T extends object>(name: N, row: T | null) => (row ? typed(name, row) : null);
  switch (type) {
    case 'Actor':
      return tag(type, await loaders.actorByKey.load(key));
    case 'Source':
      return tag(type, await loaders.sourceByKey.load(key));
    case 'Topic':
      return tag(type, await loaders.topicByKey.load(key));
    case 'Statement':
      return tag(
        type,
        (await loaders.statementByKey.load(key)) ?? (await loaders.retractedByKey.Statement.load(key)),
      );
    case 'Event':
      return tag(
        type,
        (await loaders.eventByKey.load(key)) ?? (await loaders.retractedByKey.Event.load(key)),
      );
    case 'SanctionRegime':
      return tag(type, await loaders.regimeByKey.load(key));
    case 'SanctionPackage':
      return tag(
        type,
        (await loaders.sanctionPackageByKey.load(key)) ??
          (await loaders.retractedByKey.SanctionPackage.load(key)),
      );
    case 'SanctionDesignation':
      return tag(type, (await ctx.store.sanctions.designationsByKeys([key]))[0] ?? null);
    case 'Alliance':
      return tag(type, await loaders.allianceByKey.load(key));
    case 'Membership':
      return tag(type, await loaders.membershipByKey.load(key));
    case 'Office':
      return tag(type, await loaders.officeByKey.load(key));
  }
}

export const overviewResolvers: Resolvers = {
  Query: {
    stats: (_, __, ctx) => ctx.store.overview.stats(),
    node: (_, { id }, ctx) => {
      const problem = globalIdKeyProblem(id);
      if (problem) throw badArgument('id', problem);
      const parsed = fromGlobalId(id);
      return parsed ? nodeByKey(ctx, parsed.type, parsed.key) : null;
    },
    search: async (_, { text, first }, ctx) => {
      const hits = await ctx.store.overview.search(searchText(text, 'text'), pageSize(first));
      const results = await Promise.all(hits.map((hit) => searchResult(ctx, hit)));
      return results.filter((r) => r !== null);
    },
  },
};
