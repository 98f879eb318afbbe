import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { ReactNode } from 'react';
import { ErrorState, Panel } from '@/app/components/panel';
import { runOperation } from '@/graphql/server';

/**
 * An actor page's panel around its own query. Call it as a plain async function (the page
 * awaits its panels together). Nothing for an unknown actor (the profile panel answers 404);
 * the panel's error state when the query fails, so the rest of the page still renders.
 */
export async function actorPanel<Actor>(panel: {
  id: string;
  title: string;
  document: TypedDocumentNode<{ actor: Actor | null }, { key: string }>;
  actorKey: string;
  render: (actor: Actor) => ReactNode;
}) {
  const { id, title, document, actorKey, render } = panel;
  const variables = { key: actorKey };
  const props = { id, title, document, variables };
  try {
    const { actor } = await runOperation(document, variables);
    if (!actor) return null;
    return <Panel {...props}>{render(actor)}</Panel>;
  } catch (error) {
    return (
      <Panel {...props}>
        <ErrorState error={error} />
      </Panel>
    );
  }
}
