import { GraphQLError } from 'graphql';

/** A bad argument: names it and what would be right. Clients see code BAD_USER_INPUT. */
export function badArgument(argument: string, message: string): GraphQLError {
  return new GraphQLError(`Argument "${argument}" ${message}`, {
    extensions: { code: 'BAD_USER_INPUT', argument },
  });
}
