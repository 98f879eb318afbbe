/**
 * What a field selects below it, as resolvers that read ahead ask: a path of fields found
 * directly, through inline fragments and through named ones.
 */
import { describe, expect, it } from 'vitest';
import {
  Kind,
  parse,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
} from 'graphql';
import { selectsField, selectsPath } from '../../graphql/selection';

/** The resolve info of the operation's first root field, as far as selection reads it. */
function infoOf(document: string): GraphQLResolveInfo {
  const parsed = parse(document);
  const operation = parsed.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = Object.fromEntries(
    parsed.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const root = operation.selectionSet.selections[0]!;
  if (root.kind !== Kind.FIELD) throw new Error('the first selection must be a field');
  return { fieldNodes: [root], fragments } as unknown as GraphQLResolveInfo;
}

describe('what a field selects', () => {
  it('finds a path directly, and not a field at another depth', () => {
    const info = infoOf('{ statements { nodes { key speaker { name } } } }');
    expect(selectsPath(info, ['nodes', 'speaker', 'name'])).toBe(true);
    expect(selectsPath(info, ['nodes', 'speaker', 'key'])).toBe(false);
    expect(selectsPath(info, ['speaker'])).toBe(false);
    expect(selectsField(info, 'nodes')).toBe(true);
  });

  it('finds a path through inline and named fragments, whichever branch holds it', () => {
    const info = infoOf(`{ statements { edges { node { ...Row } } nodes { key } } }
      fragment Row on Statement { key ... on Statement { evidence { ...Cited } } }
      fragment Cited on Evidence { source { key } }`);
    expect(selectsPath(info, ['edges', 'node', 'evidence', 'source'])).toBe(true);
    expect(selectsPath(info, ['nodes', 'evidence'])).toBe(false);
    expect(selectsPath(info, ['edges', 'node', 'evidence', 'via'])).toBe(false);
  });

  it('ends on a fragment that spreads itself instead of looping', () => {
    const info = infoOf(`{ statements { nodes { ...Loop } } }
      fragment Loop on Statement { key ...Loop }`);
    expect(selectsPath(info, ['nodes', 'summary'])).toBe(false);
    expect(selectsPath(info, ['nodes', 'key'])).toBe(true);
  });
});
