import type { GqlResolvers as Resolvers } from '../__generated__/resolvers-types';
import type { FigureMetric, FigureRow } from '../../data/store/rows';
import type { GraphQLContext } from '../context';
import { toGlobalId } from '../ids';
import { connection, decodeCursor, pageSize } from '../connections';
import { evidenceOf, required } from './shared';

/** The headline figure of one metric: the first claim the dataset lists for it. */
async function headline(ctx: GraphQLContext, regimeId: number, metric: FigureMetric) {
  const figures = await ctx.loaders.regimeFigures.load(regimeId);
  return figures.find((f) => f.metric === metric && f.position === 0)?.quantity ?? null;
}

const METRIC_NAMES = { packages: 'PACKAGES', individuals: 'INDIVIDUALS', entities: 'ENTITIES' } as const;

export const sanctionResolvers: Resolvers = {
  Query: {
    sanctionRegimes: (_, { filter }, ctx) => ctx.store.sanctions.regimes(filter ?? {}),
  },
  SanctionRegime: {
    id: (r) => toGlobalId('SanctionRegime', r.key),
    imposer: (r, _, ctx) => required(ctx.loaders.actor, r.imposerId, 'actor'),
    target: (r, _, ctx) => required(ctx.loaders.actor, r.targetId, 'actor'),
    packageCount: (r, _, ctx) => headline(ctx, r.id, 'packages'),
    designatedIndividuals: (r, _, ctx) => headline(ctx, r.id, 'individuals'),
    designatedEntities: (r, _, ctx) => headline(ctx, r.id, 'entities'),
    figures: (r, _, ctx) => ctx.loaders.regimeFigures.load(r.id),
    claims: (r, _, ctx) => ctx.loaders.regimeClaims.load(r.id),
    packages: (r, _, ctx) => ctx.loaders.regimePackages.load(r.id),
    responses: (r, _, ctx) => ctx.loaders.regimeResponses.load(r.id),
    designations: async (r, { first, after }, ctx) => {
      const list = `designations:${r.key}`;
      return connection(
        list,
        await ctx.store.sanctions.designationPage(r.id, decodeCursor(list, after, 2), pageSize(first)),
      );
    },
    counted: (r, _, ctx) => ctx.loaders.regimeCounted.load(r.id),
    evidence: (r, _, ctx) => evidenceOf(ctx, 'SanctionRegime', r.id),
  },
  FigureClaim: {
    metric: (f: FigureRow) => METRIC_NAMES[f.metric],
    headline: (f: FigureRow) => f.position === 0,
    claimant: (f: FigureRow, _, ctx) => (f.claimantId === null ? null : ctx.loaders.actor.load(f.claimantId)),
    package: (f: FigureRow, _, ctx) =>
      f.packageId === null ? null : required(ctx.loaders.sanctionPackage, f.packageId, 'package'),
  },
  SanctionPackage: {
    id: (p) => toGlobalId('SanctionPackage', p.key),
    regime: (p, _, ctx) => required(ctx.loaders.regime, p.regimeId, 'regime'),
    // A retracted package's claims and evidence are those it kept (migration 013).
    claims: (p, _, ctx) => p.retracted?.claims ?? ctx.loaders.packageClaims.load(p.id),
    evidence: (p, _, ctx) => p.retracted?.evidence ?? evidenceOf(ctx, 'SanctionPackage', p.id),
  },
  SanctionDesignation: {
    id: (d) => toGlobalId('SanctionDesignation', d.key),
    regime: (d, _, ctx) => required(ctx.loaders.regime, d.regimeId, 'regime'),
    designee: (d, _, ctx) => required(ctx.loaders.actor, d.designeeId, 'actor'),
    origin: (d) => d.originDataset,
  },
};
