/**
 * The desk's pick lists, as plain objects: GraphQL results are objects without a prototype,
 * which React refuses to pass from a server component to a client one.
 */
import type { DeskChoicesQuery } from '@/graphql/__generated__/client/graphql';

export const plainActors = (choices: DeskChoicesQuery) =>
  choices.actors.nodes.map(({ key, name }) => ({ key, name }));

export const plainSources = (choices: DeskChoicesQuery) =>
  choices.sources.map(({ key, title, outlet }) => ({ key, title, outlet }));
