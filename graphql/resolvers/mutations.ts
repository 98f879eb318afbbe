import type { GqlResolvers as Resolvers } from '../__generated__/resolvers-types';
import type { WriteResult } from '../../data/ingest/api-writes';
import type { GraphQLContext } from '../context';
import { databaseBusyError, isDatabaseBusy, writeAccessProblem } from '../write-access';

/**
 * Runs a write when the request may write; either way returns the payload's parts. (Each
 * client's writes are rate limited before any of this runs: graphql/rate-limit.ts.) A
 * database another connection keeps locked past busy_timeout fails the write whole, as a
 * DATABASE_BUSY error marked retryable.
 */
async function guarded<T>(
  ctx: GraphQLContext,
  write: () => WriteResult,
  load: (key: string) => Promise<T | null>,
): Promise<{ result: T | null; userErrors: { field: string[] | null; message: string; code: string }[] }> {
  const denied = writeAccessProblem(ctx.bearerToken);
  if (denied) return { result: null, userErrors: [{ field: null, ...denied }] };
  let outcome: WriteResult;
  try {
    outcome = write();
  } catch (error) {
    if (isDatabaseBusy(error)) throw databaseBusyError();
    throw error;
  }
  if (outcome.key === null) return { result: null, userErrors: outcome.problems };
  return { result: await load(outcome.key), userErrors: [] };
}

export const mutationResolvers: Resolvers = {
  Mutation: {
    addSource: async (_, { input }, ctx) => {
      const { result, userErrors } = await guarded(
        ctx,
        () => ctx.writes.addSource(input),
        (k) => ctx.loaders.sourceByKey.load(k),
      );
      return { source: result, userErrors };
    },
    addStatement: async (_, { input }, ctx) => {
      const { result, userErrors } = await guarded(
        ctx,
        () => ctx.writes.addStatement(input),
        (k) => ctx.loaders.statementByKey.load(k),
      );
      return { statement: result, userErrors };
    },
    addEvent: async (_, { input }, ctx) => {
      const { result, userErrors } = await guarded(
        ctx,
        () => ctx.writes.addEvent(input),
        (k) => ctx.loaders.eventByKey.load(k),
      );
      return { event: result, userErrors };
    },
    addSanctionPackage: async (_, { input }, ctx) => {
      const { result, userErrors } = await guarded(
        ctx,
        () => ctx.writes.addSanctionPackage(input),
        (k) => ctx.loaders.sanctionPackageByKey.load(k),
      );
      return { sanctionPackage: result, userErrors };
    },
  },
};
