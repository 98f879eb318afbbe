import type { GqlResolvers as Resolvers } from '../__generated__/resolvers-types';
import { toGlobalId } from '../ids';
import { evidenceOf, required } from './shared';

export const allianceResolvers: Resolvers = {
  Query: {
    alliance: (_, { key }, ctx) => ctx.loaders.allianceByKey.load(key),
    alliances: (_, { kind }, ctx) => ctx.store.alliances.list(kind ?? null),
    offices: (_, { status }, ctx) => ctx.store.alliances.offices(status ?? null),
  },
  Alliance: {
    id: (a) => toGlobalId('Alliance', a.key),
    lead: (a, _, ctx) => (a.leadId === null ? null : ctx.loaders.actor.load(a.leadId)),
    members: (a, _, ctx) => ctx.loaders.membershipsOfAlliance.load(a.id),
    evidence: (a, _, ctx) => evidenceOf(ctx, 'Alliance', a.id),
  },
  Membership: {
    id: (m) => toGlobalId('Membership', m.key),
    actor: (m, _, ctx) => required(ctx.loaders.actor, m.actorId, 'actor'),
    alliance: (m, _, ctx) => required(ctx.loaders.alliance, m.allianceId, 'alliance'),
    evidence: (m, _, ctx) => evidenceOf(ctx, 'Membership', m.id),
  },
  Office: {
    id: (o) => toGlobalId('Office', o.key),
    owner: (o, _, ctx) => required(ctx.loaders.actor, o.ownerId, 'actor'),
    host: (o, _, ctx) => required(ctx.loaders.actor, o.hostId, 'actor'),
    evidence: (o, _, ctx) => evidenceOf(ctx, 'Office', o.id),
  },
};
