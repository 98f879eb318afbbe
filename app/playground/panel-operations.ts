import { Kind, print, type DocumentNode } from 'graphql';
import * as generated from '@/graphql/__generated__/client/graphql';

/**
 * The dashboard's own queries by operation name, for `/playground?operation=<name>`: a panel's
 * "Open in playground" link names its query instead of carrying its text, which kept a dozen
 * copies of whole queries in the overview's HTML and in its React payload. Only queries: the
 * desk's mutations are not offered as links.
 */
const queries = new Map<string, string>();
for (const value of Object.values(generated)) {
  if (!isDocument(value)) continue;
  const operation = value.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operation?.operation === 'query' && operation.name) queries.set(operation.name.value, print(value));
}

function isDocument(value: unknown): value is DocumentNode {
  return typeof value === 'object' && value !== null && (value as DocumentNode).kind === Kind.DOCUMENT;
}

/** The full text of the dashboard query with this operation name, or null if there is none. */
export function panelOperation(name: string): string | null {
  return queries.get(name) ?? null;
}
