import Link from 'next/link';
import { Kind, print, type DocumentNode } from 'graphql';

/**
 * Where the playground opens with this operation and these variables filled in. A named
 * dashboard query travels by its name (the playground looks its text up), so a page with a
 * dozen panels does not carry a dozen whole queries in its links; a string travels whole.
 */
export function playgroundHref(document: DocumentNode | string, variables?: Record<string, unknown>): string {
  const name = typeof document === 'string' ? undefined : operationName(document);
  const params = new URLSearchParams(
    name ? { operation: name } : { query: typeof document === 'string' ? document : print(document) },
  );
  if (variables && Object.keys(variables).length > 0) params.set('variables', JSON.stringify(variables));
  return `/playground?${params.toString()}`;
}

function operationName(document: DocumentNode): string | undefined {
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  return operation?.operation === 'query' ? operation.name?.value : undefined;
}

/** "Open in playground": the panel's own query, ready to run and edit. */
export function OpenInPlayground(props: {
  document: DocumentNode | string;
  variables?: Record<string, unknown>;
}) {
  return (
    <Link className="fine-print" href={playgroundHref(props.document, props.variables)} prefetch={false}>
      Open in playground
    </Link>
  );
}
