import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** The fields named `name` a selection set holds, directly or through inline and named fragments. */
function fieldsNamed(info: GraphQLResolveInfo, set: SelectionSetNode | undefined, name: string): FieldNode[] {
  const seen = new Set<string>();
  const found: FieldNode[] = [];
  const walk = (selections: SelectionSetNode['selections']) => {
    for (const selection of selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === name) found.push(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet.selections);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        walk(info.fragments[selection.name.value]?.selectionSet.selections ?? []);
      }
    }
  };
  walk(set?.selections ?? []);
  return found;
}

/**
 * Whether the field being resolved selects `path`, each name a field of the one before, as in
 * `['nodes', 'speaker']`. Directives are not weighed: a field under `@skip` counts as selected.
 */
export function selectsPath(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  let fields: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) {
    fields = fields.flatMap((field) => fieldsNamed(info, field.selectionSet, name));
    if (fields.length === 0) return false;
  }
  return true;
}

/** Whether the field being resolved selects `name` directly, through inline or named fragments. */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  return selectsPath(info, [name]);
}
