/**
 * proposeStatements: the intake's proposals for a pasted text (data/intake/propose.ts). It
 * writes nothing, but asks for a write token as every mutation does: reading a long text against
 * every actor's names is work only analysts may ask of the server.
 */
import type { GqlResolvers as Resolvers } from '../__generated__/resolvers-types';
import type { ActorRow } from '../../data/store/rows';
import { MAX_INTAKE_TEXT_LENGTH, proposeStatements } from '../../data/intake/propose';

type Problem = { field: string[] | null; message: string; code: string };

function textProblem(text: string): Problem | null {
  if (text.trim() === '') {
    return {
      field: ['input', 'text'],
      code: 'INVALID_INPUT',
      message: 'the text is empty: paste the article to read',
    };
  }
  if (text.length > MAX_INTAKE_TEXT_LENGTH) {
    return {
      field: ['input', 'text'],
      code: 'INVALID_INPUT',
      message: `the text is ${text.length} characters long; the intake reads at most ${MAX_INTAKE_TEXT_LENGTH}: paste it in parts`,
    };
  }
  return null;
}

export const intakeResolvers: Resolvers = {
  Mutation: {
    proposeStatements: async (_, { input }, ctx) => {
      const access = await ctx.writeAccess();
      if (!access.analyst) {
        return { proposals: [], userErrors: [{ field: null, code: access.code, message: access.message }] };
      }
      const problem = textProblem(input.text);
      if (problem) return { proposals: [], userErrors: [problem] };
      const source = await ctx.loaders.sourceByKey.load(input.sourceKey);
      if (!source) {
        return {
          proposals: [],
          userErrors: [
            {
              field: ['input', 'sourceKey'],
              code: 'NOT_FOUND',
              message: `no source has the key "${input.sourceKey}"`,
            },
          ],
        };
      }
      const matchActor = await ctx.store.actorNames.matcher();
      const proposals = proposeStatements(input.text, { sourceDate: source.publishedAt, matchActor });
      return { proposals, userErrors: [] };
    },
  },
  StatementProposal: {
    speaker: ({ speakerKey }, _, ctx) => (speakerKey ? ctx.loaders.actorByKey.load(speakerKey) : null),
    // An actor proposed a moment ago is still there: nothing is deleted, so none is dropped here.
    targets: async ({ targetKeys }, _, ctx) =>
      (await Promise.all(targetKeys.map((k) => ctx.loaders.actorByKey.load(k)))).filter(
        (a): a is ActorRow => a !== null,
      ),
  },
};
