import type { GqlResolvers as Resolvers } from '../__generated__/resolvers-types';
import { DateTime, PartialDate } from '../scalars';
import { connectionResolvers } from '../connections';
import { actorResolvers } from './actors';
import { provenanceResolvers } from './provenance';
import { statementResolvers } from './statements';
import { eventResolvers } from './events';
import { sanctionResolvers } from './sanctions';
import { allianceResolvers } from './alliances';
import { relationResolvers } from './relations';
import { overviewResolvers } from './overview';
import { mutationResolvers } from './mutations';
import { aggregateResolvers } from './aggregates';
import { correctionResolvers } from './corrections';
import { intakeResolvers } from './intake';

const domains = [
  actorResolvers,
  provenanceResolvers,
  statementResolvers,
  eventResolvers,
  sanctionResolvers,
  allianceResolvers,
  relationResolvers,
  overviewResolvers,
  mutationResolvers,
  aggregateResolvers,
  correctionResolvers,
  intakeResolvers,
];

/** One resolver map from the per-domain ones (each type's fields merged). */
export const resolvers: Resolvers = {
  PartialDate,
  DateTime,
  ActorConnection: connectionResolvers,
  StatementConnection: { ...connectionResolvers, totalCountBound: ({ page }) => page.totalCountBound() },
  EventConnection: connectionResolvers,
  SanctionDesignationConnection: connectionResolvers,
};
for (const domain of domains) {
  for (const [type, fields] of Object.entries(domain)) {
    const merged = resolvers as Record<string, object>;
    merged[type] = { ...(merged[type] ?? {}), ...fields };
  }
}
