import Link from 'next/link';
import { print, type DocumentNode } from 'graphql';

/** Where the playground opens with this operation and these variables filled in. */
export function playgroundHref(document: DocumentNode | string, variables?: Record<string, unknown>): string {
  const params = new URLSearchParams({ query: typeof document === 'string' ? document : print(document) });
  if (variables && Object.keys(variables).length > 0)
    params.set('variables', JSON.stringify(variables, null, 2));
  return `/playground?${params.toString()}`;
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
