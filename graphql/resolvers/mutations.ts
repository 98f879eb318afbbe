import type { GqlResolvers as Resolvers } from '../__generated__/resolvers-types';
import type { WriteProblem, WriteResult, WritingAnalyst } from '../../data/ingest/api-writes';
import { toGlobalId } from '../ids';
import type { GraphQLContext } from '../context';
import { databaseBusyError, isDatabaseBusy } from '../write-access';
import { writeTextProblem } from '../input-text';

/** A write's problem as the API states it; a duplicate names the record it repeats by id and key. */
function userError({ field, message, code, existing }: WriteProblem) {
  if (!existing) return { field, message, code };
  const id = toGlobalId(existing.type, existing.key);
  return {
    field,
    code,
    message: `${message} (${existing.type} id "${id}", key "${existing.key}")`,
    existingId: id,
  };
}

/**
 * Runs a write for the analyst the request's token names, if it names one, unless a text in
 * its input holds a character no record may store (graphql/input-text.ts); either way returns
 * the payload's parts. (Each analyst's writes are rate limited before any of this runs:
 * graphql/rate-limit.ts.) A
 * database another connection keeps locked past busy_timeout fails the write whole, as a
 * DATABASE_BUSY error marked retryable.
 */
export async function guarded<T>(
  ctx: GraphQLContext,
  input: unknown,
  write: (analyst: WritingAnalyst) => Promise<WriteResult>,
  load: (key: string) => Promise<T | null>,
): Promise<{ result: T | null; userErrors: { field: string[] | null; message: string; code: string }[] }> {
  const access = await ctx.writeAccess();
  if (!access.analyst) {
    return { result: null, userErrors: [{ field: null, code: access.code, message: access.message }] };
  }
  const textProblem = writeTextProblem(input);
  if (textProblem) return { result: null, userErrors: [textProblem] };
  let outcome: WriteResult;
  try {
    outcome = await write(access.analyst);
  } catch (error) {
    if (isDatabaseBusy(error)) throw databaseBusyError();
    throw error;
  }
  if (outcome.key === null) return { result: null, userErrors: outcome.problems.map(userError) };
  return { result: await load(outcome.key), userErrors: [] };
}

export const mutationResolvers: Resolvers = {
  Mutation: {
    addSource: async (_, { input }, ctx) => {
      const { result, userErrors } = await guarded(
        ctx,
        input,
        (analyst) => ctx.writes.addSource(analyst, input),
        (k) => ctx.loaders.sourceByKey.load(k),
      );
      return { source: result, userErrors };
    },
    addStatement: async (_, { input }, ctx) => {
      const { result, userErrors } = await guarded(
        ctx,
        input,
        (analyst) => ctx.writes.addStatement(analyst, input),
        (k) => ctx.loaders.statementByKey.load(k),
      );
      return { statement: result, userErrors };
    },
    addEvent: async (_, { input }, ctx) => {
      const { result, userErrors } = await guarded(
        ctx,
        input,
        (analyst) => ctx.writes.addEvent(analyst, input),
        (k) => ctx.loaders.eventByKey.load(k),
      );
      return { event: result, userErrors };
    },
    addActor: async (_, { input }, ctx) => {
      const { result, userErrors } = await guarded(
        ctx,
        input,
        (analyst) => ctx.writes.addActor(analyst, input),
        (k) => ctx.loaders.actorByKey.load(k),
      );
      return { actor: result, userErrors };
    },
    addSanctionPackage: async (_, { input }, ctx) => {
      const { result, userErrors } = await guarded(
        ctx,
        input,
        (analyst) => ctx.writes.addSanctionPackage(analyst, input),
        (k) => ctx.loaders.sanctionPackageByKey.load(k),
      );
      return { sanctionPackage: result, userErrors };
    },
  },
};
